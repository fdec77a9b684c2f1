using PageCleaner.Segmentation;
using PageCleaner.Text;

namespace PageCleaner.Rendering;

/// <summary>
/// Compares what a labeled file reads back as (through the training reader) with the blocks and labels it was
/// written from, so a file that would teach other labels than the model gave is reported, not trusted.
/// </summary>
internal static class AnnotationCheck
{
    /// <summary>What annotated HTML must read back as: the page's blocks with their labels.</summary>
    public static List<(string Text, BlockLabel Label)> Blocks(IReadOnlyList<BlockResult> blocks) =>
        blocks.Select(b => (b.Text, b.Label)).ToList();

    /// <summary>What a labeled dump must read back as: one block per non-blank line of the blocks' text.</summary>
    public static List<(string Text, BlockLabel Label)> Lines(IReadOnlyList<BlockResult> blocks)
    {
        var lines = new List<(string, BlockLabel)>();
        foreach (BlockResult block in blocks)
        {
            foreach (string line in block.Text.Split('\n'))
            {
                string text = WhitespaceNormalizer.Normalize(line);
                if (text.Length > 0) lines.Add((text, block.Label));
            }
        }
        return lines;
    }

    /// <summary>Null when <paramref name="readBack"/> has the expected blocks with the expected labels; else the first difference, in words.</summary>
    public static string? Compare(IReadOnlyList<(string Text, BlockLabel Label)> expected, SegmentedPage readBack)
    {
        IReadOnlyList<Block> actual = readBack.Blocks;
        for (int i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            if (!string.Equals(expected[i].Text, actual[i].Text, StringComparison.Ordinal))
                return $"block {i + 1} reads back as \"{Excerpt(actual[i].Text)}\", not \"{Excerpt(expected[i].Text)}\"";
            BlockLabel label = actual[i].Annotation ?? BlockLabel.Boilerplate;
            if (label != expected[i].Label)
                return $"block {i + 1} (\"{Excerpt(expected[i].Text)}\") reads back as {BlockLabels.Name(label)}, not {BlockLabels.Name(expected[i].Label)}";
        }
        return expected.Count == actual.Count ? null : $"reads back as {actual.Count} blocks, not {expected.Count}";
    }

    private static string Excerpt(string text)
    {
        string flat = text.Replace('\n', ' ');
        return flat.Length <= 40 ? flat : string.Concat(flat.AsSpan(0, 40), "…");
    }
}
