using PageCleaner.Segmentation;

namespace PageCleaner.Features;

/// <summary>
/// Groups a page's blocks by kind: the tag and first class word (digits dropped) of the block's element, its parent
/// and its grandparent. The items of one list, the posts of a thread and the cards of a grid share a kind, and a reader
/// keeps or drops them together, while the first stage judges each on its own.
/// </summary>
internal static class BlockKinds
{
    private const int Levels = 3;
    private const ulong FnvOffset = 14695981039346656037, FnvPrime = 1099511628211;

    /// <summary>A kind number per block (0 to <c>count</c> - 1, in order of first appearance); -1 for blocks without an element (text dumps).</summary>
    public static (int[] Kinds, int Count) Of(PageAnalysis page)
    {
        int n = page.Blocks.Count;
        var kinds = new int[n];
        var ids = new Dictionary<ulong, int>();
        for (int i = 0; i < n; i++)
        {
            ElementNode? e = page.Blocks[i].Element;
            if (e is null)
            {
                kinds[i] = -1;
                continue;
            }
            ulong key = Key(e);
            if (!ids.TryGetValue(key, out int id))
            {
                id = ids.Count;
                ids[key] = id;
            }
            kinds[i] = id;
        }
        return (kinds, ids.Count);
    }

    // FNV-1a over "tag.classword/" for the element and its ancestors: deterministic, unlike string hash codes, so a
    // (vanishingly rare) collision is at least the same in every run.
    private static ulong Key(ElementNode? e)
    {
        ulong h = FnvOffset;
        for (int level = 0; level < Levels && e is not null; level++, e = e.Parent)
        {
            foreach (char c in e.Tag) h = (h ^ c) * FnvPrime;
            h = (h ^ '.') * FnvPrime;
            ReadOnlySpan<char> classes = e.ClassName.AsSpan().TrimStart();
            foreach (char c in classes)
            {
                if (char.IsWhiteSpace(c)) break;
                if (!char.IsAsciiDigit(c)) h = (h ^ c) * FnvPrime;
            }
            h = (h ^ '/') * FnvPrime;
        }
        return h;
    }
}
