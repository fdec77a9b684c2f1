namespace PageCleaner.Documents;

/// <summary>A set of BMP characters as a 65,536-bit array: one shift and one mask per lookup.</summary>
internal static class CharsetBitSet
{
    public static ulong[] Create() => new ulong[65536 / 64];

    public static ulong[] From(string chars)
    {
        ulong[] set = Create();
        foreach (char c in chars) Add(set, c);
        return set;
    }

    public static void Add(ulong[] set, char c) => set[c >> 6] |= 1UL << (c & 63);

    public static bool Contains(ulong[] set, char c) => (set[c >> 6] & (1UL << (c & 63))) != 0;
}
