using PageCleaner.Documents;
using PageCleaner.Text;

namespace PageCleaner.Segmentation;

/// <summary>Cuts a text dump into one block per non-blank line, keeping line numbers and the blank lines around.</summary>
internal static class TextSegmenter
{
    public static SegmentedPage Segment(string text, DetectedEncoding encoding, IReadOnlyList<BlockLabel?>? lineLabels = null)
    {
        var lines = SplitLines(text);
        var blocks = new List<Block>();
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            string normalized = WhitespaceNormalizer.Normalize(line);
            if (normalized.Length == 0) continue;
            int leading = 0;
            while (leading < line.Length && line[leading] is ' ' or '\t' or '\u3000' or '\u00A0') leading++;
            blocks.Add(new Block
            {
                Index = blocks.Count,
                Text = normalized,
                Tag = "line",
                Line = i + 1,
                LeadingSpaces = leading,
                BlankBefore = i == 0 || IsBlank(lines[i - 1]),
                BlankAfter = i == lines.Count - 1 || IsBlank(lines[i + 1]),
                Annotation = lineLabels is not null && i < lineLabels.Count ? lineLabels[i] : null,
            });
        }
        // A dump has no <title>; the cleaner takes the first short content line as the title.
        return new SegmentedPage(InputKind.Text, blocks, null, encoding);
    }

    /// <summary>Splits at <c>\r\n</c>, <c>\n</c> and <c>\r</c>; the line numbers of the result are those an editor shows.</summary>
    public static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '\n' && c != '\r') continue;
            lines.Add(text[start..i]);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }

    private static bool IsBlank(string line)
    {
        foreach (char c in line)
        {
            if (!CharClass.IsSpace(c)) return false;
        }
        return true;
    }
}
