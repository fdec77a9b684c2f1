namespace PageCleaner.Features;

/// <summary>
/// How much a block talks about what the article talks about: the share of its distinct lower-cased character
/// bigrams (letters and digits only) that also occur in some other block the first stage calls content. A last
/// paragraph of the article scores high; an author bio, a newsletter pitch or a teaser of another story scores low.
/// Works on sorted arrays rather than hash tables: it runs on every block of every page.
/// </summary>
internal static class TopicOverlap
{
    private const int MaxCharsPerBlock = 2000;

    public static float[] Compute(PageAnalysis page, float[] content, float sure)
    {
        int n = page.Blocks.Count;
        var bigrams = new int[n][];
        int contentTotal = 0;
        for (int i = 0; i < n; i++)
        {
            bigrams[i] = DistinctBigrams(page.Blocks[i].Text);
            if (content[i] >= sure) contentTotal += bigrams[i].Length;
        }
        // Every (bigram, content block) pair once, sorted: the run length of a bigram is the number of content blocks holding it.
        var pairs = new int[contentTotal];
        int k = 0;
        for (int i = 0; i < n; i++)
        {
            if (content[i] < sure) continue;
            bigrams[i].CopyTo(pairs, k);
            k += bigrams[i].Length;
        }
        Array.Sort(pairs);
        var overlap = new float[n];
        for (int i = 0; i < n; i++)
        {
            int[] mine = bigrams[i];
            if (mine.Length == 0) continue;
            int selfCount = content[i] >= sure ? 1 : 0, shared = 0;
            foreach (int b in mine)
            {
                if (BlocksHolding(pairs, b) - selfCount > 0) shared++;
            }
            overlap[i] = shared / (float)mine.Length;
        }
        return overlap;
    }

    // How many content blocks hold the bigram, counted to 2 at most: only "any other than the block itself" matters.
    // Counting whole runs made a page of many similar paragraphs quadratic (40,000 of them took a minute).
    private static int BlocksHolding(int[] sorted, int value)
    {
        int at = Array.BinarySearch(sorted, value);
        if (at < 0) return 0;
        bool another = (at > 0 && sorted[at - 1] == value) || (at < sorted.Length - 1 && sorted[at + 1] == value);
        return another ? 2 : 1;
    }

    private static int[] DistinctBigrams(string text)
    {
        int limit = Math.Min(text.Length, MaxCharsPerBlock);
        var found = new int[Math.Max(0, limit - 1)];
        int count = 0;
        char previous = '\0';
        for (int i = 0; i < limit; i++)
        {
            char c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                previous = '\0';
                continue;
            }
            c = char.ToLowerInvariant(c);
            if (previous != '\0') found[count++] = (previous << 16) | c;
            previous = c;
        }
        Array.Sort(found, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++)
        {
            if (distinct == 0 || found[distinct - 1] != found[i]) found[distinct++] = found[i];
        }
        return found[..distinct];
    }
}
