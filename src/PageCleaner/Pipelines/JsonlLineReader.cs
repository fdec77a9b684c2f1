using System.Runtime.CompilerServices;

namespace PageCleaner.Pipelines;

/// <summary>
/// Reads a JSONL stream line by line without holding more than one line (and a 64 KiB buffer) in memory: lines end at
/// LF, a CR before it is dropped, a UTF-8 byte order mark before line 1 is skipped, and a last line without a line
/// end is still a line. A line longer than the limit is reported as <see cref="JsonlLine.TooLong"/> and its bytes are
/// passed over.
/// </summary>
public static class JsonlLineReader
{
    private const int BufferSize = 64 * 1024;

    /// <summary>The lines of <paramref name="stream"/>, in order.</summary>
    /// <param name="stream">The JSONL bytes (read to the end, not disposed).</param>
    /// <param name="maxLineBytes">The longest line kept, in bytes.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    public static async IAsyncEnumerable<JsonlLine> ReadAsync(Stream stream, long maxLineBytes, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineBytes, 1);
        byte[] buffer = new byte[BufferSize];
        int start = 0, end = 0;
        var pending = new MemoryStream();  // the start of a line that runs past the buffer
        bool partial = false, tooLong = false;
        long number = 0;
        while (true)
        {
            if (start == end)
            {
                end = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
                start = 0;
                if (end == 0)
                {
                    if (partial) yield return Finish(++number, Held(pending), tooLong, maxLineBytes);
                    yield break;
                }
            }
            int newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            int stop = newline < 0 ? end : start + newline;
            if (newline < 0)
            {
                tooLong = Append(pending, buffer.AsSpan(start, stop - start), tooLong, maxLineBytes);
                partial = true;
                start = end;
                continue;
            }
            ReadOnlySpan<byte> tail = buffer.AsSpan(start, stop - start);
            start = stop + 1;
            if (!partial)
            {
                yield return Finish(++number, tail, false, maxLineBytes);
                continue;
            }
            tooLong = Append(pending, tail, tooLong, maxLineBytes);
            yield return Finish(++number, Held(pending), tooLong, maxLineBytes);
            // A huge line's buffer is not kept for the rest of the stream.
            if (pending.Capacity > 4 * BufferSize) pending = new MemoryStream();
            pending.SetLength(0);
            partial = tooLong = false;
        }
    }

    // Keeps the bytes while the line is within the limit (one byte over is allowed for a CR that goes).
    private static bool Append(MemoryStream pending, ReadOnlySpan<byte> bytes, bool tooLong, long maxLineBytes)
    {
        if (tooLong) return true;
        if (pending.Length + bytes.Length > maxLineBytes + 1)
        {
            pending.SetLength(0);
            return true;
        }
        pending.Write(bytes);
        return false;
    }

    private static ReadOnlySpan<byte> Held(MemoryStream pending) => pending.GetBuffer().AsSpan(0, (int)pending.Length);

    private static JsonlLine Finish(long number, ReadOnlySpan<byte> line, bool tooLong, long maxLineBytes)
    {
        if (!line.IsEmpty && line[^1] == (byte)'\r') line = line[..^1];
        if (number == 1 && line.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) line = line[3..];
        return tooLong || line.Length > maxLineBytes
            ? new JsonlLine(number, ReadOnlyMemory<byte>.Empty, true)
            : new JsonlLine(number, line.ToArray(), false);
    }
}
