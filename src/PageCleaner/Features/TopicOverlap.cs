using PageCleaner.Buffers;

namespace PageCleaner.Features;

/// <summary>
/// How much a block talks about what the article talks about: the share of its distinct lower-cased character
/// bigrams (letters and digits only) that also occur in some other block the first stage calls content. A last
/// paragraph of the article scores high; an author bio, a newsletter pitch or a teaser of another story scores low.
/// Each block's distinct bigrams are found with a hash set and kept in one pooled array, and the content blocks' ones
/// are counted in one flat hash table: this runs on every block of every page.
/// </summary>
internal static class TopicOverlap
{
    private const int MaxCharsPerBlock = 2000;

    public static float[] Compute(PageAnalysis page, float[] content, float sure)
    {
        int n = page.Blocks.Count;
        // Every block's distinct bigrams one after the other in one pooled array: block i's are at starts[i]..starts[i + 1].
        int room = 0, longest = 0;
        for (int i = 0; i < n; i++)
        {
            int limit = Math.Min(page.Blocks[i].Text.Length, MaxCharsPerBlock);
            room += Math.Max(0, limit - 1);
            longest = Math.Max(longest, limit);
        }
        int[] bigrams = PooledArrays.Rent<int>(room);
        try
        {
            var starts = new int[n + 1];
            var distinct = new DistinctBigrams(longest);
            int contentTotal = 0;
            for (int i = 0; i < n; i++)
            {
                int count = distinct.Collect(page.Blocks[i].Text, bigrams.AsSpan(starts[i]));
                starts[i + 1] = starts[i] + count;
                if (content[i] >= sure) contentTotal += count;
            }
            using var holders = new BigramHolders(contentTotal);
            for (int i = 0; i < n; i++)
            {
                if (content[i] < sure) continue;
                foreach (int b in bigrams.AsSpan(starts[i]..starts[i + 1])) holders.Add(b);
            }
            var overlap = new float[n];
            for (int i = 0; i < n; i++)
            {
                ReadOnlySpan<int> mine = bigrams.AsSpan(starts[i]..starts[i + 1]);
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
        finally
        {
            PooledArrays.Return(bigrams);
        }
    }

    /// <summary>
    /// How many content blocks hold each bigram, counted to 2 at most: only "any other than the block itself"
    /// matters (counting further made a page of many similar paragraphs quadratic). An open-addressing table of the
    /// bigrams, which are never 0 (their first character is a letter or digit).
    /// </summary>
    private sealed class BigramHolders : IDisposable
    {
        private readonly int[] _keys;
        private readonly byte[] _counts;
        private readonly int _mask, _shift;

        public BigramHolders(int capacity)
        {
            // Rented: for a long article the table runs to hundreds of kilobytes, which would be a new array on the
            // large-object heap for every page.
            int size = TableSize(capacity, out _shift);
            _mask = size - 1;
            _keys = PooledArrays.Rent<int>(size);
            _counts = PooledArrays.Rent<byte>(size);
            _keys.AsSpan(0, size).Clear();
            _counts.AsSpan(0, size).Clear();
        }

        public void Dispose()
        {
            PooledArrays.Return(_keys);
            PooledArrays.Return(_counts);
        }

        /// <summary>Counts one more block holding <paramref name="bigram"/> (each block adds each of its bigrams once).</summary>
        public void Add(int bigram)
        {
            int slot = Find(bigram);
            _keys[slot] = bigram;
            if (_counts[slot] < 2) _counts[slot]++;
        }

        public int Count(int bigram) => _counts[Find(bigram)];

        private int Find(int bigram) => SlotOf(_keys, _mask, _shift, bigram);
    }

    /// <summary>
    /// A block's distinct lower-cased bigrams of letters and digits, in order of first occurrence: an open-addressing
    /// set (bigrams are never 0) that is emptied after each block and serves every block of the page.
    /// </summary>
    private sealed class DistinctBigrams
    {
        private readonly int[] _keys;
        private readonly int _shift;

        public DistinctBigrams(int longestBlock) => _keys = new int[TableSize(longestBlock, out _shift)];

        /// <summary>Writes the distinct bigrams of the first <see cref="MaxCharsPerBlock"/> characters into <paramref name="into"/>; returns how many.</summary>
        public int Collect(string text, Span<int> into)
        {
            int limit = Math.Min(text.Length, MaxCharsPerBlock);
            int count = 0;
            char previous = '\0';
            for (int i = 0; i < limit; i++)
            {
                char c = Fold(text[i]);
                if (c == '\0')
                {
                    previous = '\0';
                    continue;
                }
                if (previous != '\0')
                {
                    int bigram = (previous << 16) | c;
                    ref int slot = ref _keys[Find(bigram)];
                    if (slot == 0)
                    {
                        slot = bigram;
                        into[count++] = bigram;
                    }
                }
                previous = c;
            }
            // Only this block's bigrams are in the set: clearing their slots, the last one in first (so that each is
            // found along the probes it was placed by), empties it.
            for (int k = count - 1; k >= 0; k--) _keys[Find(into[k])] = 0;
            return count;
        }

        private int Find(int bigram) => SlotOf(_keys, _keys.Length - 1, _shift, bigram);
    }

    /// <summary>A letter or digit lower-cased (<see cref="char.ToLowerInvariant"/>), anything else '\0'.</summary>
    /// <remarks>ASCII, most of the text on most pages, comes from a table.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static char Fold(char c)
    {
        if (c < 128) return (char)AsciiFolded[c];
        return char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
    }

    // Per ASCII character: char.ToLowerInvariant of a letter or digit, 0 for anything else.
    private static ReadOnlySpan<byte> AsciiFolded => [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        (byte)'0', (byte)'1', (byte)'2', (byte)'3', (byte)'4', (byte)'5', (byte)'6', (byte)'7', (byte)'8', (byte)'9', 0, 0, 0, 0, 0, 0,
        0, (byte)'a', (byte)'b', (byte)'c', (byte)'d', (byte)'e', (byte)'f', (byte)'g', (byte)'h', (byte)'i', (byte)'j', (byte)'k', (byte)'l', (byte)'m', (byte)'n', (byte)'o',
        (byte)'p', (byte)'q', (byte)'r', (byte)'s', (byte)'t', (byte)'u', (byte)'v', (byte)'w', (byte)'x', (byte)'y', (byte)'z', 0, 0, 0, 0, 0,
        0, (byte)'a', (byte)'b', (byte)'c', (byte)'d', (byte)'e', (byte)'f', (byte)'g', (byte)'h', (byte)'i', (byte)'j', (byte)'k', (byte)'l', (byte)'m', (byte)'n', (byte)'o',
        (byte)'p', (byte)'q', (byte)'r', (byte)'s', (byte)'t', (byte)'u', (byte)'v', (byte)'w', (byte)'x', (byte)'y', (byte)'z', 0, 0, 0, 0, 0,
    ];

    // Both tables above are open-addressing tables of bigrams (never 0, so 0 marks an empty slot) with linear probing:
    // a power-of-two size at least twice the entries, and the shift that turns a multiplicative hash into a slot.
    private static int TableSize(int entries, out int shift)
    {
        uint size = System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, entries * 2));
        shift = 32 - System.Numerics.BitOperations.Log2(size);
        return (int)size;
    }

    // The bigram's slot (of the table's first mask + 1 slots), or the empty slot where it would go.
    private static int SlotOf(int[] keys, int mask, int shift, int bigram)
    {
        int slot = (int)(((uint)bigram * 0x9E3779B9u) >> shift);
        while (keys[slot] != 0 && keys[slot] != bigram) slot = (slot + 1) & mask;
        return slot;
    }
}
