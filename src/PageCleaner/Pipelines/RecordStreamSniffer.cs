using System.IO.Compression;

namespace PageCleaner.Pipelines;

/// <summary>
/// Tells a record stream's format from its first bytes without losing them: gzip or not, and WARC (it starts with
/// <c>WARC/</c>, after decompression) or JSONL.
/// </summary>
internal static class RecordStreamSniffer
{
    private const int HeadBytes = 4096;

    /// <summary>The stream to read instead of <paramref name="input"/> (it gives the bytes looked at again), and what it holds.</summary>
    /// <remarks>Only as many bytes are waited for as the answer needs, so a slow producer's first records are not held back.</remarks>
    public static async Task<(Stream Stream, bool Gzip, bool Warc)> SniffAsync(Stream input, CancellationToken cancellationToken)
    {
        byte[] head = new byte[HeadBytes];
        int n = await input.ReadAtLeastAsync(head.AsMemory(0, Marker.Length), Marker.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        bool gzip = n >= 2 && head[0] == 0x1F && head[1] == 0x8B;
        bool warc;
        if (!gzip)
        {
            warc = head.AsSpan(0, n).StartsWith(Marker);
        }
        else
        {
            // The first few decompressed bytes need a few dozen compressed ones: read on until they come out.
            byte[] start = Inflated(head.AsMemory(0, n));
            while (start.Length < Marker.Length && n < HeadBytes)
            {
                int more = await input.ReadAsync(head.AsMemory(n), cancellationToken).ConfigureAwait(false);
                if (more == 0) break;
                n += more;
                start = Inflated(head.AsMemory(0, n));
            }
            warc = start.AsSpan().StartsWith(Marker);
        }
        return (PrefixStream.Create(head.AsMemory(0, n), input), gzip, warc);
    }

    private static ReadOnlySpan<byte> Marker => "WARC/"u8;

    // The first bytes that the head of a gzip stream decompresses to (the head may end mid-stream: what came out is kept).
    private static byte[] Inflated(ReadOnlyMemory<byte> head)
    {
        byte[] start = new byte[8];
        int got = 0;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(head.ToArray(), writable: false), CompressionMode.Decompress);
            int n;
            while (got < start.Length && (n = gzip.Read(start, got, start.Length - got)) > 0) got += n;
        }
        catch (InvalidDataException)
        {
            // Damaged from the start: not recognisably WARC; the reader will say what is wrong.
        }
        return start[..got];
    }
}
