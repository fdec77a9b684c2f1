namespace PageCleaner.Features;

/// <summary>
/// How much a block talks about what the article talks about: the share of its distinct lower-cased character
/// bigrams (letters and digits only) that also occur in some other block the first stage calls content. A last
/// paragraph of the article scores high; an author bio, a newsletter pitch or a teaser of another story scores low.
/// </summary>
internal static class TopicOverlap
{
    private const int MaxCharsPerBlock = 2000;

    public static float[] Compute(PageAnalysis page, float[] content, float sure)
    {
        int n = page.Blocks.Count;
        var blocksWith = new Dictionary<int, int>();
        var own = new HashSet<int>();
        var bigrams = new int[n][];
        for (int i = 0; i < n; i++)
        {
            Collect(page.Blocks[i].Text, own);
            bigrams[i] = [.. own];
            if (content[i] < sure) continue;
            foreach (int b in bigrams[i]) blocksWith[b] = blocksWith.GetValueOrDefault(b) + 1;
        }
        var overlap = new float[n];
        for (int i = 0; i < n; i++)
        {
            int[] mine = bigrams[i];
            if (mine.Length == 0) continue;
            int selfCount = content[i] >= sure ? 1 : 0, shared = 0;
            foreach (int b in mine)
            {
                if (blocksWith.GetValueOrDefault(b) - selfCount > 0) shared++;
            }
            overlap[i] = shared / (float)mine.Length;
        }
        return overlap;
    }

    private static void Collect(string text, HashSet<int> set)
    {
        set.Clear();
        char previous = '\0';
        int limit = Math.Min(text.Length, MaxCharsPerBlock);
        for (int i = 0; i < limit; i++)
        {
            char c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                previous = '\0';
                continue;
            }
            c = char.ToLowerInvariant(c);
            if (previous != '\0') set.Add((previous << 16) | c);
            previous = c;
        }
    }
}
