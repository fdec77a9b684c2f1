namespace PageCleaner.Segmentation;

/// <summary>
/// Remembers the categories of class and id values already seen on a page: pages repeat the same few class
/// strings on thousands of elements, and matching one against the keyword lists costs far more than a lookup.
/// </summary>
internal sealed class MarkupTokenCache
{
    private const int MaxEntries = 4096;
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _seenBySpan;

    public MarkupTokenCache() => _seenBySpan = _seen.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The categories of a class or id value, looked up by span: a string is made only for a value not seen before.</summary>
    public int Match(ReadOnlySpan<char> attributeValue)
    {
        if (attributeValue.IsEmpty) return 0;
        if (_seenBySpan.TryGetValue(attributeValue, out int flags)) return flags;
        string value = attributeValue.ToString();
        flags = MarkupTokenMatcher.Match(value);
        if (_seen.Count < MaxEntries) _seen[value] = flags;
        return flags;
    }
}
