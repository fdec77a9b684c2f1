using System.IO.Compression;

namespace PageCleaner.Documents;

/// <summary>
/// Pages saved still compressed. gzip says so in its first bytes and is inflated at once. A scraper that saves a
/// response body without undoing its <c>Content-Encoding</c> can also leave zlib, Brotli or raw deflate, which have no
/// telling header: bytes that look compressed are tried in that order, and the first decoding that gives text is the
/// page. Either way the inflated page is held to the page size limit.
/// </summary>
internal static class CompressedBody
{
    private static readonly Func<Stream, Stream>[] UndeclaredDecoders =
    [
        s => new ZLibStream(s, CompressionMode.Decompress),
        s => new BrotliStream(s, CompressionMode.Decompress),
        s => new DeflateStream(s, CompressionMode.Decompress),
    ];

    /// <summary>The inflated gzip stream.</summary>
    /// <exception cref="PageRejectedException">The stream is broken, or inflates past <paramref name="maxBytes"/>.</exception>
    public static byte[] Gunzip(ReadOnlySpan<byte> bytes, long maxBytes)
    {
        using var output = new MemoryStream();
        try
        {
            using var gzip = new GZipStream(new MemoryStream(bytes.ToArray(), writable: false), CompressionMode.Decompress);
            if (!ReadAll(gzip, output, maxBytes)) throw PageSizeLimit.Exceeded(output.Length, maxBytes);
            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new PageRejectedException("broken gzip stream: " + e.Message, e);
        }
    }

    /// <summary>The page the bytes decode to as zlib, Brotli or raw deflate, or null when no decoding gives text.</summary>
    /// <exception cref="PageRejectedException">A decoding gives text that runs past <paramref name="maxBytes"/>.</exception>
    public static byte[]? TryUndeclared(ReadOnlySpan<byte> bytes, long maxBytes)
    {
        byte[] compressed = bytes.ToArray();
        foreach (Func<Stream, Stream> open in UndeclaredDecoders)
        {
            using var output = new MemoryStream();
            try
            {
                using Stream decoder = open(new MemoryStream(compressed, writable: false));
                // Random bytes can decode for a while as garbage: only text that runs past the limit is a page too large.
                if (!ReadAll(decoder, output, maxBytes) && IsText(output)) throw PageSizeLimit.Exceeded(output.Length, maxBytes);
            }
            catch (Exception e) when (e is InvalidDataException or InvalidOperationException)
            {
                // BrotliStream reports bad data with InvalidOperationException, the zlib and deflate streams with InvalidDataException.
                continue;
            }
            if (output.Length > 0 && output.Length <= maxBytes && IsText(output)) return output.ToArray();
        }
        return null;
    }

    // Reads the decoder to its end into output; false as soon as more than maxBytes came out.
    private static bool ReadAll(Stream decoder, MemoryStream output, long maxBytes)
    {
        byte[] buffer = new byte[81920];
        int read;
        while ((read = decoder.Read(buffer, 0, buffer.Length)) > 0)
        {
            output.Write(buffer, 0, read);
            if (output.Length > maxBytes) return false;
        }
        return true;
    }

    private static bool IsText(MemoryStream output) => BinarySniffer.Describe(output.GetBuffer().AsSpan(0, (int)output.Length)) is null;
}
