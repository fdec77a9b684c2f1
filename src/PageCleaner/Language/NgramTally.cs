using System.Numerics;
using PageCleaner.Buffers;

namespace PageCleaner.Language;

/// <summary>
/// Counts a text's n-gram hashes in an open-addressing table and hands back, in ascending hash order, exactly the
/// "keep" most frequent distinct n-grams, ties broken by the smaller hash (all of them when there are fewer): the
/// ranking the identifier compares with its profiles. Only those are sorted, not every hash of the text (a text of
/// 2,000 letters has ~8,000 hashes and thousands of n-grams seen once), and the table is walked by its filled slots.
/// </summary>
internal static class NgramTally
{
    /// <summary>Writes the n-grams into <paramref name="into"/> (at least as long as the distinct hashes) and returns how many.</summary>
    public static int Candidates(ReadOnlySpan<ulong> hashes, int keep, NgramCount[] into)
    {
        // At least half again as many slots as hashes (a load of two thirds at worst, a quarter or so in practice: a
        // text repeats most of its n-grams), so that clearing the table is not the largest cost of a short text.
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, hashes.Length + hashes.Length / 2));
        int shift = 64 - BitOperations.Log2((uint)size);
        ulong[] keys = PooledArrays.Rent<ulong>(size);
        int[] counts = PooledArrays.Rent<int>(size);
        int[] filled = PooledArrays.Rent<int>(hashes.Length);
        ulong[] chosen = PooledArrays.Rent<ulong>(hashes.Length);
        ulong[] ties = PooledArrays.Rent<ulong>(hashes.Length);
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
                    filled[distinct++] = slot;
                }
                maxCount = Math.Max(maxCount, ++count[slot]);
            }
            ReadOnlySpan<int> slots = filled.AsSpan(0, distinct);
            keep = Math.Min(keep, distinct);
            int threshold = Threshold(slots, count, maxCount, keep);

            // Every n-gram counted more often than the threshold is in, and of those counted exactly that often the
            // smallest hashes fill the rest.
            int n = 0, tied = 0;
            foreach (int slot in slots)
            {
                if (count[slot] > threshold) chosen[n++] = keys[slot];
                else if (count[slot] == threshold) ties[tied++] = keys[slot];
            }
            Span<ulong> smallest = ties.AsSpan(0, tied);
            int wanted = keep - n;
            if (wanted < tied) Selection.Smallest(smallest, wanted);
            smallest[..wanted].CopyTo(chosen.AsSpan(n));
            n += wanted;
            // The hashes sort as plain numbers (no comparer to call); their counts are looked up again after.
            Span<ulong> sorted = chosen.AsSpan(0, n);
            sorted.Sort();
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
            PooledArrays.Return(filled);
            PooledArrays.Return(chosen);
            PooledArrays.Return(ties);
        }
    }

    private static int Slot(ulong hash, int shift) => (int)((hash * 0x9E3779B97F4A7C15UL) >> shift);

    // The highest count that at least `keep` distinct n-grams reach (1 when keep is 0).
    private static int Threshold(ReadOnlySpan<int> slots, ReadOnlySpan<int> count, int maxCount, int keep)
    {
        int[] byCount = PooledArrays.Rent<int>(maxCount + 1);
        try
        {
            Span<int> histogram = byCount.AsSpan(0, maxCount + 1);
            histogram.Clear();
            foreach (int slot in slots) histogram[count[slot]]++;
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
