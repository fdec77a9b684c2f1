using System.IO.Compression;

namespace PageCleaner.Documents;

/// <summary>
/// Undoes a compression nobody declared: a scraper that saves a response body without undoing its
/// <c>Content-Encoding</c> leaves a file of compressed bytes. gzip says so in its first bytes (the loader inflates it
/// at once); zlib, Brotli and raw deflate streams do not, so bytes that look compressed are tried in that order, and
/// the first decoding that gives text is the page.
/// </summary>
internal static class RawBodyInflater
{
    private static readonly Func<Stream, Stream>[] Decoders =
    [
        s => new ZLibStream(s, CompressionMode.Decompress),
        s => new BrotliStream(s, CompressionMode.Decompress),
        s => new DeflateStream(s, CompressionMode.Decompress),
    ];

    /// <summary>The decoded page, or null when no decoding gives text.</summary>
    /// <exception cref="PageRejectedException">A decoding gives text that runs past <paramref name="maxBytes"/>.</exception>
    public static byte[]? TryInflate(ReadOnlySpan<byte> bytes, long maxBytes)
    {
        byte[] compressed = bytes.ToArray();
        foreach (Func<Stream, Stream> decoder in Decoders)
        {
            if (Decode(compressed, decoder, maxBytes) is byte[] decoded) return decoded;
        }
        return null;
    }

    private static byte[]? Decode(byte[] compressed, Func<Stream, Stream> open, long maxBytes)
    {
        using var output = new MemoryStream();
        try
        {
            using Stream decoder = open(new MemoryStream(compressed, writable: false));
            byte[] buffer = new byte[81920];
            int read;
            while ((read = decoder.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length <= maxBytes) continue;
                // Random bytes can decode for a while as garbage: only text that runs past the limit is a page too large.
                if (IsText(output)) throw PageSizeLimit.Exceeded(output.Length, maxBytes);
                return null;
            }
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException)
        {
            // BrotliStream reports bad data with InvalidOperationException, the zlib and deflate streams with InvalidDataException.
            return null;
        }
        return output.Length > 0 && IsText(output) ? output.ToArray() : null;
    }

    private static bool IsText(MemoryStream output) =>
        BinarySniffer.Describe(output.GetBuffer().AsSpan(0, (int)Math.Min(output.Length, int.MaxValue))) is null;
}
