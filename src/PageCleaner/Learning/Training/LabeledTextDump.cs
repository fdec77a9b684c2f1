using System.Text;

namespace PageCleaner.Learning.Training;

/// <summary>
/// Parses the labeled text dump format (<c>c|</c>, <c>b|</c>, <c>s|</c> before each line, <c>?|</c> before a line
/// that stays in the dump without training the model; see training-data/README.md) into the plain dump and one label
/// per line.
/// </summary>
internal static class LabeledTextDump
{
    public const string Extension = ".labeled.txt";

    /// <summary>The mark of a line that is part of the dump but carries no label (one its labeler could not decide).</summary>
    public const char Unlabeled = '?';

    /// <summary>Returns the dump as the scraper wrote it and the label of each of its lines (null for blank and unlabeled lines).</summary>
    public static (string Text, List<BlockLabel?> Labels) Parse(string content, string origin)
    {
        var text = new StringBuilder(content.Length);
        var labels = new List<BlockLabel?>();
        bool started = false;
        var lines = Segmentation.TextSegmenter.SplitLines(content);
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            if (!started && line.StartsWith('#')) continue;
            if (line.Trim().Length == 0)
            {
                AppendLine(text, labels, "", null);
                continue;
            }
            if (line.Length >= 2 && line[0] == Unlabeled && line[1] == '|')
            {
                started = true;
                AppendLine(text, labels, line[2..], null);
                continue;
            }
            if (line.Length < 2 || line[1] != '|' || LabelOf(line[0]) is not BlockLabel label)
                throw new PageCleanerException($"{origin}:{i + 1}: expected a line starting with c|, b|, s| or ?| (or a blank line)");
            started = true;
            AppendLine(text, labels, line[2..], label);
        }
        return (text.ToString(), labels);
    }

    private static void AppendLine(StringBuilder text, List<BlockLabel?> labels, string line, BlockLabel? label)
    {
        text.Append(line).Append('\n');
        labels.Add(label);
    }

    private static BlockLabel? LabelOf(char c) => c switch
    {
        'c' or 'C' => BlockLabel.Content,
        'b' or 'B' => BlockLabel.Boilerplate,
        's' or 'S' => BlockLabel.Spam,
        _ => null,
    };
}
