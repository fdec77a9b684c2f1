using PageCleaner.Text;

namespace PageCleaner.Learning.Training;

/// <summary>
/// Assigns training pages to the folds of out-of-fold scoring so that copies of one article share a fold: the same
/// page as HTML, with spam injected, and as a text dump are one sample set's way to teach the forms a page comes
/// in, and a fold model that saw one copy would score the others as if they were in its sample. Copies are known by
/// their longest line of text (collapsed whitespace), which spam injection and dumping leave as it was. Articles go to
/// the folds in turn, in the order they first appear, so the folds stay even; with fewer articles than folds, pages
/// go to the folds in turn instead (each fold model must see some pages).
/// </summary>
internal static class ArticleFolds
{
    public static int[] Assign(IReadOnlyList<LabeledPage> pages, int folds)
    {
        var articleOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var article = new int[pages.Count];
        for (int i = 0; i < pages.Count; i++)
        {
            string key = LongestLine(pages[i]);
            if (!articleOf.TryGetValue(key, out article[i])) articleOf[key] = article[i] = articleOf.Count;
        }
        var fold = new int[pages.Count];
        for (int i = 0; i < pages.Count; i++) fold[i] = (articleOf.Count < folds ? i : article[i]) % folds;
        return fold;
    }

    private static string LongestLine(LabeledPage page)
    {
        ReadOnlySpan<char> longest = default;
        foreach (var block in page.Page.Blocks)
        {
            foreach (Range r in block.Text.AsSpan().Split('\n'))
            {
                ReadOnlySpan<char> line = block.Text.AsSpan()[r].Trim();
                if (line.Length > longest.Length || (line.Length == longest.Length && line.SequenceCompareTo(longest) < 0)) longest = line;
            }
        }
        return WhitespaceNormalizer.Normalize(longest);
    }
}
