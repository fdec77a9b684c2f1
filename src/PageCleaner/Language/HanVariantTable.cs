using System.Runtime.CompilerServices;

namespace PageCleaner.Language;

/// <summary>
/// Han characters that only one of the two written standards of Chinese uses, from Unihan's kSimplifiedVariant and
/// kTraditionalVariant fields (the generated part holds the data; docs/language.md gives the rule).
/// </summary>
internal static partial class HanVariantTable
{
    /// <summary>Whether simplified text writes <paramref name="codePoint"/> and traditional text another character
    /// (门, 国, 学).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSimplifiedOnly(int codePoint) => Contains(SimplifiedBits, SimplifiedOutside, codePoint);

    /// <summary>Whether traditional text writes <paramref name="codePoint"/> and simplified text another character
    /// (門, 們, 國, 學).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTraditionalOnly(int codePoint) => Contains(TraditionalBits, TraditionalOutside, codePoint);

    /// <summary>The number of characters in each set (for tests and the documentation).</summary>
    public static (int Simplified, int Traditional) Sizes() =>
        (CountBits(SimplifiedBits) + SimplifiedOutside.Length, CountBits(TraditionalBits) + TraditionalOutside.Length);

    private static bool Contains(ReadOnlySpan<byte> bits, ReadOnlySpan<int> outside, int codePoint)
    {
        if (codePoint is >= BmpFirst and <= BmpLast)
        {
            int offset = codePoint - BmpFirst;
            return (bits[offset >> 3] & (1 << (offset & 7))) != 0;
        }
        return codePoint > 0xFFFF && outside.BinarySearch(codePoint) >= 0;
    }

    private static int CountBits(ReadOnlySpan<byte> bits)
    {
        int n = 0;
        foreach (byte b in bits) n += System.Numerics.BitOperations.PopCount(b);
        return n;
    }
}
