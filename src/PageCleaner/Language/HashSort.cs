using PageCleaner.Buffers;

namespace PageCleaner.Language;

/// <summary>
/// Sorts 64-bit hashes by least-significant-digit radix sort, one byte per pass: a text's n-gram hashes run to ten
/// thousand, and eight linear passes beat a comparison sort there. The order is plain ascending order, as any sort
/// gives it.
/// </summary>
internal static class HashSort
{
    // Below this, the comparison sort is quicker than eight passes.
    private const int RadixFrom = 256;

    public static void Sort(Span<ulong> values)
    {
        if (values.Length < RadixFrom)
        {
            values.Sort();
            return;
        }
        ulong[] rented = PooledArrays.Rent<ulong>(values.Length);
        try
        {
            Span<ulong> from = values, to = rented.AsSpan(0, values.Length);
            Span<int> starts = stackalloc int[256];
            for (int shift = 0; shift < 64; shift += 8)
            {
                starts.Clear();
                foreach (ulong v in from) starts[(int)(v >> shift) & 0xFF]++;
                // A byte that every value shares orders nothing: skip the pass.
                if (starts[(int)(from[0] >> shift) & 0xFF] == from.Length) continue;
                int sum = 0;
                for (int b = 0; b < 256; b++)
                {
                    int count = starts[b];
                    starts[b] = sum;
                    sum += count;
                }
                foreach (ulong v in from) to[starts[(int)(v >> shift) & 0xFF]++] = v;
                Span<ulong> swap = from;
                from = to;
                to = swap;
            }
            // After an odd number of passes the sorted values are in the scratch buffer.
            if (from != values) from.CopyTo(values);
        }
        finally
        {
            PooledArrays.Return(rented);
        }
    }
}
