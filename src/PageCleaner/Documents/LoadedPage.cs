using PageCleaner.Buffers;
using PageCleaner.Markup;

namespace PageCleaner.Documents;

/// <summary>
/// A page decoded and, if HTML, parsed: the input of segmentation. An HTML page may have been decoded into a buffer
/// rented from the pool (see <see cref="PooledArrays"/>): its document reads the buffer until the page is
/// disposed, which gives the buffer back; nothing made from the page may keep reading its text after that.
/// </summary>
internal sealed class LoadedPage : IDisposable
{
    private DecodedText? _decoded;
    private char[]? _rented;

    public LoadedPage(InputKind kind, DecodedText decoded, MarkupDocument? html)
    {
        Kind = kind;
        _decoded = decoded;
        Encoding = decoded.Encoding;
        Html = html;
    }

    /// <summary>An HTML page parsed from a buffer; a rented one (not null) goes back to the pool in <see cref="Dispose"/>.</summary>
    public LoadedPage(DetectedEncoding encoding, MarkupDocument html, char[]? rented)
    {
        Kind = InputKind.Html;
        Encoding = encoding;
        Html = html;
        _rented = rented;
    }

    public InputKind Kind { get; }

    public DetectedEncoding Encoding { get; }

    public MarkupDocument? Html { get; }

    /// <summary>The decoded text and its encoding (for a page in a rented buffer, made into a string on first use).</summary>
    public DecodedText Decoded => _decoded ??= new DecodedText(Html!.Source, Encoding);

    public void Dispose()
    {
        if (_rented is null) return;
        PooledArrays.Return(_rented);
        _rented = null;
    }
}
