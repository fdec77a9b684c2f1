using System.Numerics;
using PageCleaner.Buffers;

namespace PageCleaner.Language;

/// <summary>
/// Counts a text's n-gram hashes in an open-addressing table and hands back, in ascending hash order, only the
/// distinct n-grams that can be among the "keep" most frequent: those counted at least as often as the keep-th most
/// frequent one. Ranked by count, then by hash, they give the same first "keep" as all distinct n-grams would (any
/// n-gram left out ranks below at least "keep" others). Sorting only
/// these instead of every hash of the text is what makes it quicker: a text of 2,000 letters has ~8,000 hashes.
/// </summary>
internal static class NgramTally
{
    /// <summary>Writes the candidates into <paramref name="into"/> (at least as long as the distinct hashes) and returns how many.</summary>
    public static int Candidates(ReadOnlySpan<ulong> hashes, int keep, NgramCount[] into)
    {
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, hashes.Length * 2));
        int shift = 64 - BitOperations.Log2((uint)size);
        ulong[] keys = PooledArrays.Rent<ulong>(size);
        int[] counts = PooledArrays.Rent<int>(size);
        ulong[] chosen = PooledArrays.Rent<ulong>(hashes.Length);
        try
        {
            // A slot is empty while its count is 0 (any 64-bit value can be a hash).
            Span<int> count = counts.AsSpan(0, size);
            count.Clear();
            int mask = size - 1, distinct = 0, maxCount = 0;
            foreach (ulong h in hashes)
            {
                int slot = Slot(h, shift);
                while (count[slot] != 0 && keys[slot] != h) slot = (slot + 1) & mask;
                if (count[slot] == 0)
                {
                    keys[slot] = h;
                    distinct++;
                }
                maxCount = Math.Max(maxCount, ++count[slot]);
            }
            int threshold = Threshold(count, maxCount, Math.Min(keep, distinct));
            int n = 0;
            for (int slot = 0; slot < size; slot++)
            {
                if (count[slot] >= threshold && count[slot] > 0) chosen[n++] = keys[slot];
            }
            Span<ulong> sorted = chosen.AsSpan(0, n);
            HashSort.Sort(sorted);
            for (int i = 0; i < n; i++)
            {
                ulong h = sorted[i];
                int slot = Slot(h, shift);
                while (keys[slot] != h || count[slot] == 0) slot = (slot + 1) & mask;
                into[i] = new NgramCount(h, count[slot]);
            }
            return n;
        }
        finally
        {
            PooledArrays.Return(keys);
            PooledArrays.Return(counts);
            PooledArrays.Return(chosen);
        }
    }

    private static int Slot(ulong hash, int shift) => (int)((hash * 0x9E3779B97F4A7C15UL) >> shift);

    // The highest count that at least `keep` distinct n-grams reach (1 when keep is 0).
    private static int Threshold(ReadOnlySpan<int> count, int maxCount, int keep)
    {
        int[] byCount = PooledArrays.Rent<int>(maxCount + 1);
        try
        {
            Span<int> histogram = byCount.AsSpan(0, maxCount + 1);
            histogram.Clear();
            foreach (int c in count)
            {
                if (c > 0) histogram[c]++;
            }
            int reached = 0;
            for (int c = maxCount; c >= 1; c--)
            {
                reached += histogram[c];
                if (reached >= keep) return c;
            }
            return 1;
        }
        finally
        {
            PooledArrays.Return(byCount);
        }
    }
}
