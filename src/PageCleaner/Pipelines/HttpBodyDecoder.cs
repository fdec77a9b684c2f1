using System.Globalization;
using System.IO.Compression;

namespace PageCleaner.Pipelines;

/// <summary>
/// Undoes an HTTP body's codings: <c>chunked</c> transfer coding, then <c>gzip</c>, <c>deflate</c> or <c>br</c> content
/// coding. Crawlers often store bodies already decoded (Common Crawl renames the fields to <c>X-Crawler-...</c>); a body
/// that does not decode as declared is kept as it is, with a note.
/// </summary>
internal static class HttpBodyDecoder
{
    public static (ReadOnlyMemory<byte> Body, string? Problem) Decode(ReadOnlyMemory<byte> body, string? transferEncoding, string? contentEncoding, long maxBytes)
    {
        string? problem = null;
        if (transferEncoding is not null && transferEncoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            (body, problem) = Dechunk(body);
        }
        if (contentEncoding is null) return (Cap(body, maxBytes), problem);
        // Codings are listed in the order they were applied: undo them from the last.
        string[] codings = contentEncoding.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (int i = codings.Length - 1; i >= 0; i--)
        {
            string coding = codings[i].ToLowerInvariant();
            if (coding is "identity") continue;
            if (coding is not ("gzip" or "x-gzip" or "deflate" or "br"))
            {
                problem ??= $"unknown content coding \"{coding}\"; the body is used as it is";
                break;
            }
            var (decoded, failure) = Inflate(body, coding, maxBytes);
            if (failure is null)
            {
                body = decoded;
                continue;
            }
            problem ??= decoded.Length > 0 ? $"the {coding} body is cut short ({failure}); the part decoded is used" : $"the body is not {coding} as declared; it is used as it is";
            if (decoded.Length > 0) body = decoded;
            break;
        }
        return (Cap(body, maxBytes), problem);
    }

    private static ReadOnlyMemory<byte> Cap(ReadOnlyMemory<byte> body, long maxBytes) =>
        body.Length > maxBytes + 1 ? body[..(int)(maxBytes + 1)] : body;

    // Chunks are "size in hex [;extensions] CRLF data CRLF", ended by a chunk of size 0.
    private static (ReadOnlyMemory<byte> Body, string? Problem) Dechunk(ReadOnlyMemory<byte> body)
    {
        ReadOnlySpan<byte> bytes = body.Span;
        var output = new MemoryStream(body.Length);
        int at = 0;
        while (true)
        {
            int lineEnd = bytes[at..].IndexOf((byte)'\n');
            ReadOnlySpan<byte> sizeLine = lineEnd < 0 ? bytes[at..] : bytes.Slice(at, lineEnd);
            int semicolon = sizeLine.IndexOf((byte)';');
            if (semicolon >= 0) sizeLine = sizeLine[..semicolon];
            sizeLine = sizeLine.Trim(" \t\r"u8);
            if (lineEnd < 0 || !long.TryParse(sizeLine, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out long size) || size < 0)
            {
                if (at == 0) return (body, "the body is not chunked as declared; it is used as it is");
                return (output.ToArray(), lineEnd < 0 && sizeLine.IsEmpty ? "the chunked body is cut short; the chunks read are used" : "a chunk size is malformed; the chunks before it are used");
            }
            at += lineEnd + 1;
            if (size == 0) return (output.ToArray(), null);
            int take = (int)Math.Min(size, bytes.Length - at);
            output.Write(bytes.Slice(at, take));
            at += take;
            if (take < size) return (output.ToArray(), "the chunked body is cut short; the chunks read are used");
            // The CR LF after the chunk's data.
            if (bytes[at..].StartsWith("\r\n"u8)) at += 2;
            else if (bytes[at..].StartsWith("\n"u8)) at += 1;
        }
    }

    // Decompresses up to maxBytes + 1 bytes; returns what was decoded and, when decoding failed, why.
    private static (ReadOnlyMemory<byte> Decoded, string? Failure) Inflate(ReadOnlyMemory<byte> body, string coding, long maxBytes)
    {
        if (coding == "deflate")
        {
            // "deflate" is meant to be zlib-wrapped, but many servers send raw deflate.
            var zlib = Run(body, s => new ZLibStream(s, CompressionMode.Decompress), maxBytes);
            if (zlib.Failure is null || zlib.Decoded.Length > 0) return zlib;
            return Run(body, s => new DeflateStream(s, CompressionMode.Decompress), maxBytes);
        }
        if (coding == "br") return Run(body, s => new BrotliStream(s, CompressionMode.Decompress), maxBytes);
        return Run(body, s => new GZipStream(s, CompressionMode.Decompress), maxBytes);
    }

    private static (ReadOnlyMemory<byte> Decoded, string? Failure) Run(ReadOnlyMemory<byte> body, Func<Stream, Stream> open, long maxBytes)
    {
        var output = new MemoryStream();
        try
        {
            using var source = new MemoryStream(body.ToArray(), writable: false);
            using Stream decoder = open(source);
            byte[] buffer = new byte[81920];
            int n;
            while ((n = decoder.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Write(buffer, 0, n);
                if (output.Length > maxBytes) break;
            }
            // A stream that decodes to nothing was not in this coding (an empty body has nothing to decode).
            return output.Length == 0 && body.Length > 0 ? (ReadOnlyMemory<byte>.Empty, "no data") : (output.ToArray(), null);
        }
        catch (InvalidDataException e)
        {
            return (output.ToArray(), e.Message.TrimEnd('.'));
        }
    }
}
