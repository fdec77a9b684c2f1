using System.Globalization;
using PageCleaner.Buffers;
using PageCleaner.Markup;
using PageCleaner.Text;

namespace PageCleaner.Documents;

/// <summary>Bytes to a decoded, parsed page: limits, binary and compression sniffing, HTML/text detection, charset, parse.</summary>
internal static class PageLoader
{
    /// <param name="bytes">The page.</param>
    /// <param name="options">Limits and the kind of input.</param>
    /// <param name="rentBuffer">
    /// Whether an HTML page may be decoded into a buffer rented from the shared pool instead of a string: a page's text
    /// is mostly larger than the large-object threshold, and a new one per page made the runtime collect its oldest
    /// generation every few dozen pages and map fresh memory for each. The caller must dispose the page when done
    /// with everything that reads its document.
    /// </param>
    /// <param name="transportCharset">The charset label the page's transport declared (an HTTP <c>Content-Type</c>'s), or null.</param>
    public static LoadedPage Load(ReadOnlySpan<byte> bytes, CleanerOptions options, bool rentBuffer = false, string? transportCharset = null)
    {
        if (bytes.Length > options.MaxPageBytes) throw PageSizeLimit.Exceeded(bytes.Length, options.MaxPageBytes);
        if (BinarySniffer.IsGzip(bytes))
        {
            byte[] inflated = CompressedBody.Gunzip(bytes, options.MaxPageBytes);
            return Load(inflated, options, rentBuffer, transportCharset);
        }
        if (IsBlank(bytes)) throw new PageRejectedException(bytes.Length == 0 ? "empty file" : "no text (only whitespace)");
        if (BinarySniffer.Describe(bytes) is string binary)
        {
            if (binary == BinarySniffer.EvenBytes && CompressedBody.TryUndeclared(bytes, options.MaxPageBytes) is byte[] inflated)
                return Load(inflated, options, rentBuffer, transportCharset);
            throw new PageRejectedException($"not a page: {binary}");
        }

        InputKind kind = options.Input == InputKind.Auto ? InputKindDetector.Detect(bytes) : options.Input;
        if (rentBuffer && kind == InputKind.Html) return LoadIntoRentedBuffer(bytes, options, transportCharset);
        DecodedText decoded = CharsetDetector.Decode(bytes, kind == InputKind.Html, transportCharset);
        // IsBlank sees ASCII whitespace only: a byte order mark, UTF-16 spaces or no-break spaces before nothing
        // else are no text either, and are rejected like a blank page rather than cleaned into zero blocks.
        if (IsBlankText(decoded.Text)) throw new PageRejectedException("no text (only whitespace)");
        return FromText(decoded, kind, options);
    }

    private static LoadedPage LoadIntoRentedBuffer(ReadOnlySpan<byte> bytes, CleanerOptions options, string? transportCharset)
    {
        CharsetChoice choice = CharsetDetector.Choose(bytes, isHtml: true, transportCharset);
        System.Text.Encoding encoding = CharsetEncodings.Get(choice.CodePage);
        ReadOnlySpan<byte> body = bytes[choice.Skip..];
        // The buffer holds the longest decoding, and the encodings replace invalid bytes rather than throw.
        char[] buffer = PooledArrays.Rent<char>(encoding.GetMaxCharCount(body.Length));
        int length = encoding.GetChars(body, buffer);
        return FromBuffer(buffer, length, choice.Encoding, options, returnBuffer: true);
    }

    /// <summary>
    /// HTML already decoded into the first <paramref name="length"/> characters of <paramref name="buffer"/>. The page
    /// reads the buffer until it is disposed; with <paramref name="returnBuffer"/> it then gives the buffer back to
    /// <see cref="PooledArrays"/> (at once when it no longer reads it, or fails), otherwise the caller does, after.
    /// </summary>
    public static LoadedPage FromBuffer(char[] buffer, int length, DetectedEncoding encoding, CleanerOptions options, bool returnBuffer)
    {
        bool lent = false;
        try
        {
            if (IsBlankText(buffer.AsSpan(0, length))) throw new PageRejectedException("no text (only whitespace)");
            MarkupDocument parsed = MarkupParser.Parse(buffer, length);
            MarkupDocument document = WithinDepth(parsed, options);
            if (ReferenceEquals(document, parsed))
            {
                lent = true;
                return new LoadedPage(encoding, document, returnBuffer ? buffer : null);
            }
            // Flattened from a string of the page: the page keeps that string and no longer reads the buffer.
            return new LoadedPage(InputKind.Html, new DecodedText(parsed.Source, encoding), document);
        }
        finally
        {
            if (returnBuffer && !lent) PooledArrays.Return(buffer);
        }
    }

    /// <summary>Text that is already decoded (a string from the caller).</summary>
    public static LoadedPage FromText(DecodedText decoded, InputKind kind, CleanerOptions options)
    {
        if (kind == InputKind.Auto)
        {
            kind = InputKindDetector.Detect(System.Text.Encoding.UTF8.GetBytes(decoded.Text[..Math.Min(decoded.Text.Length, 65536)]));
        }
        if (kind == InputKind.Text) return new LoadedPage(kind, decoded, null);
        // The parser builds any depth without recursion, so the page is flattened (and parsed again) only when it
        // turns out deeper than the limit: the flattening scan costs as much as a parse, and real pages stay far
        // below the limit.
        return new LoadedPage(InputKind.Html, decoded, WithinDepth(MarkupParser.Parse(decoded.Text), options));
    }

    // The document itself, or, when the parser found it deeper than the limit, its text flattened and parsed again.
    private static MarkupDocument WithinDepth(MarkupDocument document, CleanerOptions options) =>
        document.MaxDepth <= options.MaxNestingDepth
            ? document
            : MarkupParser.Parse(NestingLimiter.Limit(document.Source, options.MaxNestingDepth, out _));

    private static bool IsBlankText(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!CharClass.IsSpace(c) && c != '\0') return false;
        }
        return true;
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0)) return false;
        }
        return true;
    }
}
