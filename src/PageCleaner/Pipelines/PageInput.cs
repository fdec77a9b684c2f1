using PageCleaner.Documents;

namespace PageCleaner.Pipelines;

/// <summary>
/// One page for <see cref="StreamingCleaner.CleanAsync(IAsyncEnumerable{PageInput}, CancellationToken)"/>: its bytes (any
/// encoding, decoded as <see cref="Cleaner.Clean(ReadOnlySpan{byte}, string?, CancellationToken)"/> does) or its text,
/// and a name for it.
/// </summary>
public sealed record PageInput
{
    private PageInput(ReadOnlyMemory<byte> bytes, string? text, string? source, InputKind kind, string? transportCharset = null)
    {
        Bytes = bytes;
        Text = text;
        Source = source;
        Kind = kind;
        TransportCharset = transportCharset;
    }

    /// <summary>The page's bytes; empty when the page was given as text.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>The page's text; null when the page was given as bytes.</summary>
    public string? Text { get; }

    /// <summary>A name for the page (path, URL, record id), copied into <see cref="CleanResult.Source"/>.</summary>
    public string? Source { get; }

    /// <summary>HTML or a text dump; <see cref="InputKind.Auto"/> leaves it to the cleaner's <see cref="CleanerOptions.Input"/>.</summary>
    public InputKind Kind { get; }

    /// <summary>
    /// The charset label the page's transport named (the <c>charset</c> of an HTTP <c>Content-Type</c>), used as
    /// <see cref="Cleaner.Clean(ReadOnlySpan{byte}, string?, string?, CancellationToken)"/> uses it; null for none.
    /// </summary>
    public string? TransportCharset { get; }

    /// <summary>A page given as bytes.</summary>
    public static PageInput FromBytes(ReadOnlyMemory<byte> bytes, string? source = null, InputKind kind = InputKind.Auto) =>
        new(bytes, null, source, kind);

    /// <summary>A page given as bytes that came with the charset their transport named.</summary>
    public static PageInput FromBytes(ReadOnlyMemory<byte> bytes, string? source, InputKind kind, string? transportCharset) =>
        new(bytes, null, source, kind, transportCharset);

    /// <summary>A page given as text that is already decoded.</summary>
    public static PageInput FromText(string text, string? source = null, InputKind kind = InputKind.Auto)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new PageInput(ReadOnlyMemory<byte>.Empty, text, source, kind);
    }
}
