namespace PageCleaner.Language;

/// <summary>
/// Moves the k smallest of a span of distinct values to its front, in no particular order (quickselect with a median
/// of three pivot; the rest of the span ends up in any order): linear on average, where sorting all of them would not be.
/// </summary>
internal static class Selection
{
    public static void Smallest(Span<ulong> values, int k)
    {
        if (k <= 0 || k >= values.Length) return;
        int lo = 0, hi = values.Length - 1;
        while (lo < hi)
        {
            int mid = lo + (hi - lo) / 2;
            ulong pivot = MedianOfThree(values[lo], values[mid], values[hi]);
            int i = lo, j = hi;
            // Hoare partition: afterwards values[lo..j] <= pivot <= values[i..hi].
            while (i <= j)
            {
                while (values[i] < pivot) i++;
                while (values[j] > pivot) j--;
                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }
            // The k-th smallest (index k - 1) lies in one of the parts, or between them where it is in place.
            if (k - 1 <= j) hi = j;
            else if (k - 1 >= i) lo = i;
            else return;
        }
    }

    private static ulong MedianOfThree(ulong a, ulong b, ulong c) => Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
}
