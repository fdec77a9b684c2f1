namespace PageCleaner.Segmentation;

/// <summary>
/// Remembers the categories of class and id values already seen on a page: pages repeat the same few class
/// strings on thousands of elements, and matching one against the keyword lists costs far more than a lookup.
/// </summary>
internal sealed class MarkupTokenCache
{
    private const int MaxEntries = 4096;
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    public int Match(string? attributeValue)
    {
        if (string.IsNullOrEmpty(attributeValue)) return 0;
        if (_seen.TryGetValue(attributeValue, out int flags)) return flags;
        flags = MarkupTokenMatcher.Match(attributeValue);
        if (_seen.Count < MaxEntries) _seen[attributeValue] = flags;
        return flags;
    }
}
