namespace PageCleaner.Features;

/// <summary>
/// How much a block talks about what the article talks about: the share of its distinct lower-cased character
/// bigrams (letters and digits only) that also occur in some other block the first stage calls content. A last
/// paragraph of the article scores high; an author bio, a newsletter pitch or a teaser of another story scores low.
/// Each block's bigrams are a sorted array, and the content blocks' ones are counted in one flat hash table: this
/// runs on every block of every page.
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
        var holders = new BigramHolders(contentTotal);
        for (int i = 0; i < n; i++)
        {
            if (content[i] < sure) continue;
            foreach (int b in bigrams[i]) holders.Add(b);
        }
        var overlap = new float[n];
        for (int i = 0; i < n; i++)
        {
            int[] mine = bigrams[i];
            if (mine.Length == 0) continue;
            int selfCount = content[i] >= sure ? 1 : 0, shared = 0;
            foreach (int b in mine)
            {
                if (holders.Count(b) - selfCount > 0) shared++;
            }
            overlap[i] = shared / (float)mine.Length;
        }
        return overlap;
    }

    /// <summary>
    /// How many content blocks hold each bigram, counted to 2 at most: only "any other than the block itself"
    /// matters (counting further made a page of many similar paragraphs quadratic). An open-addressing table of the
    /// bigrams, which are never 0 (their first character is a letter or digit).
    /// </summary>
    private sealed class BigramHolders
    {
        private readonly int[] _keys;
        private readonly byte[] _counts;
        private readonly int _shift;

        public BigramHolders(int capacity)
        {
            int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
            _keys = new int[size];
            _counts = new byte[size];
            _shift = 32 - System.Numerics.BitOperations.Log2((uint)size);
        }

        /// <summary>Counts one more block holding <paramref name="bigram"/> (each block adds each of its bigrams once).</summary>
        public void Add(int bigram)
        {
            int slot = Find(bigram);
            _keys[slot] = bigram;
            if (_counts[slot] < 2) _counts[slot]++;
        }

        public int Count(int bigram) => _counts[Find(bigram)];

        // The bigram's slot, or the empty slot where it would go.
        private int Find(int bigram)
        {
            int mask = _keys.Length - 1;
            int slot = (int)(((uint)bigram * 0x9E3779B9u) >> _shift);
            while (_keys[slot] != 0 && _keys[slot] != bigram) slot = (slot + 1) & mask;
            return slot;
        }
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
