using System.Text;
using PageCleaner.Segmentation;
using PageCleaner.Text;

namespace PageCleaner.Rendering;

/// <summary>
/// Writes a page as a labeled text dump (training-data/README.md, form 2): one line per line of text, each behind the
/// label of its block (<c>c|</c>, <c>b|</c>, <c>s|</c>), after a comment naming the page.
/// </summary>
internal static class LabeledDumpRenderer
{
    /// <summary>An HTML page: each block's text, one line per line of it (a block broken by <c>&lt;br&gt;</c> or <c>&lt;pre&gt;</c> spans several).</summary>
    public static string FromBlocks(IReadOnlyList<BlockResult> blocks, string? source)
    {
        var sb = new StringBuilder();
        AppendComment(sb, source);
        foreach (BlockResult block in blocks)
        {
            foreach (string line in block.Text.Split('\n')) AppendLine(sb, line, block.Label);
        }
        return sb.ToString();
    }

    /// <summary>A text dump: its own lines as they were (leading spaces and blank lines kept), each with its block's label.</summary>
    public static string FromDump(string dump, IReadOnlyList<BlockResult> blocks, string? source)
    {
        var labelAtLine = new Dictionary<int, BlockLabel>(blocks.Count);
        foreach (BlockResult block in blocks) labelAtLine[block.Line] = block.Label;
        var sb = new StringBuilder(dump.Length + (blocks.Count * 2) + 64);
        AppendComment(sb, source);
        List<string> lines = TextSegmenter.SplitLines(dump);
        for (int i = 0; i < lines.Count; i++)
        {
            // A line that makes no block (only invisible characters) keeps its text under the boilerplate label: it still reads back as no block.
            AppendLine(sb, lines[i], labelAtLine.GetValueOrDefault(i + 1, BlockLabel.Boilerplate));
        }
        return sb.ToString();
    }

    /// <summary>The prefix of a label: <c>c|</c>, <c>b|</c> or <c>s|</c>.</summary>
    public static string Prefix(BlockLabel label) => label switch
    {
        BlockLabel.Content => "c|",
        BlockLabel.Spam => "s|",
        _ => "b|",
    };

    private static void AppendLine(StringBuilder sb, string line, BlockLabel label)
    {
        // Blank lines carry no label in the format.
        if (line.Trim().Length > 0) sb.Append(Prefix(label)).Append(WithoutLoneSurrogates(line));
        sb.Append('\n');
    }

    private static void AppendComment(StringBuilder sb, string? source)
    {
        if (string.IsNullOrEmpty(source)) return;
        sb.Append("# ").Append(WhitespaceNormalizer.Normalize(source)).Append(": labels from pagecleaner label, to be checked before training\n");
    }

    // UTF-8 cannot carry a lone surrogate; the segmenter drops them from block text anyway.
    private static string WithoutLoneSurrogates(string line)
    {
        bool clean = true;
        for (int i = 0; i < line.Length && clean; i++)
        {
            if (char.IsHighSurrogate(line[i]) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1])) i++;
            else if (char.IsSurrogate(line[i])) clean = false;
        }
        if (clean) return line;
        var sb = new StringBuilder(line.Length);
        for (int i = 0; i < line.Length; i++)
        {
            if (char.IsHighSurrogate(line[i]) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1])) sb.Append(line[i]).Append(line[++i]);
            else if (!char.IsSurrogate(line[i])) sb.Append(line[i]);
        }
        return sb.ToString();
    }
}
