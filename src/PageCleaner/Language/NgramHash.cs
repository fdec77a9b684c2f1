using System.Runtime.CompilerServices;

namespace PageCleaner.Language;

/// <summary>The 64-bit hash (FNV-1a over UTF-16 units) that stands for an n-gram while identifying. The identifier
/// computes it incrementally from the text; the profiles compute it from the stored n-gram; both give the same value.</summary>
internal static class NgramHash
{
    public const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Step(ulong hash, char c) => (hash ^ c) * Prime;

    public static ulong Of(ReadOnlySpan<char> ngram)
    {
        ulong h = Offset;
        foreach (char c in ngram) h = Step(h, c);
        return h;
    }
}
