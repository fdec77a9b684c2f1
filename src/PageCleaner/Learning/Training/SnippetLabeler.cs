using PageCleaner.Segmentation;

namespace PageCleaner.Learning.Training;

/// <summary>
/// Partial labels from must-have / must-not-have snippets: a block that contains a snippet, or lies wholly inside
/// one (10+ characters), takes its label (content for "with", boilerplate for "without"). Other blocks stay
/// unlabeled. Whitespace is ignored in the comparison.
/// </summary>
internal static class SnippetLabeler
{
    public const int MinInsideChars = 10;

    public static int Label(SegmentedPage page, IReadOnlyList<string> with, IReadOnlyList<string> without)
    {
        var withSqueezed = with.Select(CharGramSet.Squeeze).Where(s => s.Length > 0).ToList();
        var withoutSqueezed = without.Select(CharGramSet.Squeeze).Where(s => s.Length > 0).ToList();
        int labeled = 0;
        foreach (Block b in page.Blocks)
        {
            string text = CharGramSet.Squeeze(b.Text);
            b.Annotation = Matches(text, withSqueezed) ? BlockLabel.Content
                : Matches(text, withoutSqueezed) ? BlockLabel.Boilerplate
                : null;
            if (b.Annotation is not null) labeled++;
        }
        return labeled;
    }

    private static bool Matches(string block, List<string> snippets)
    {
        foreach (string s in snippets)
        {
            if (block.Contains(s, StringComparison.Ordinal)) return true;
            if (block.Length >= MinInsideChars && s.Contains(block, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
