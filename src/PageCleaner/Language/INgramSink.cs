namespace PageCleaner.Language;

/// <summary>Receives the n-grams of a normalized text (a struct, so the enumeration is specialized per sink).</summary>
internal interface INgramSink
{
    /// <summary>One n-gram: <paramref name="text"/>[<paramref name="start"/>..+<paramref name="length"/>], with its hash.</summary>
    void Add(ReadOnlySpan<char> text, int start, int length, ulong hash);
}
