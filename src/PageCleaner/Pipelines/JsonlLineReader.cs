using System.Runtime.CompilerServices;
using PageCleaner.Buffers;

namespace PageCleaner.Pipelines;

/// <summary>
/// Reads a JSONL stream line by line without holding more than one line (and a 64 KiB buffer) in memory: lines end at
/// LF, a CR before it is dropped, a UTF-8 byte order mark before line 1 is skipped, and a last line without a line
/// end is still a line. A line longer than the limit is reported as <see cref="JsonlLine.TooLong"/> and its bytes are
/// passed over. Each line's bytes are in an array from <see cref="PooledArrays"/>, which the pipeline gives back once the record is written.
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
        var pending = new PendingLine();  // the start of a line that runs past the buffer
        bool partial = false;
        long number = 0;
        try
        {
            while (true)
            {
                if (start == end)
                {
                    end = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
                    start = 0;
                    if (end == 0)
                    {
                        if (partial) yield return pending.Finish(++number, maxLineBytes);
                        yield break;
                    }
                }
                int newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                int stop = newline < 0 ? end : start + newline;
                if (newline < 0)
                {
                    pending.Append(buffer.AsSpan(start, stop - start), maxLineBytes);
                    partial = true;
                    start = end;
                    continue;
                }
                ReadOnlySpan<byte> tail = buffer.AsSpan(start, stop - start);
                start = stop + 1;
                if (!partial)
                {
                    yield return Whole(++number, tail, maxLineBytes);
                    continue;
                }
                pending.Append(tail, maxLineBytes);
                yield return pending.Finish(++number, maxLineBytes);
                partial = false;
            }
        }
        finally
        {
            pending.Drop();
        }
    }

    // A line that lies whole in the read buffer.
    private static JsonlLine Whole(long number, ReadOnlySpan<byte> line, long maxLineBytes)
    {
        (int start, int length) = Trimmed(number, line);
        if (length > maxLineBytes) return new JsonlLine(number, ReadOnlyMemory<byte>.Empty, true);
        byte[] array = PooledArrays.Rent<byte>(length);
        line.Slice(start, length).CopyTo(array);
        return JsonlLine.Pooled(number, array, 0, length);
    }

    // Where a line's content lies once a CR before its LF and, on line 1, a byte order mark are taken off.
    private static (int Start, int Length) Trimmed(long number, ReadOnlySpan<byte> line)
    {
        int length = line.Length;
        if (length > 0 && line[length - 1] == (byte)'\r') length--;
        int start = number == 1 && line[..length].StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        return (start, length - start);
    }

    /// <summary>The bytes of a line that runs past the read buffer, gathered in a rented array that the line then takes.</summary>
    private sealed class PendingLine
    {
        private byte[]? _array;
        private int _length;
        private bool _tooLong;

        // Keeps the bytes while the line is within the limit (one byte over is allowed for a CR that goes).
        public void Append(ReadOnlySpan<byte> bytes, long maxLineBytes)
        {
            if (_tooLong) return;
            if (_length + (long)bytes.Length > maxLineBytes + 1)
            {
                Drop();
                _tooLong = true;
                return;
            }
            int needed = _length + bytes.Length;
            if (_array is null || _array.Length < needed)
            {
                byte[] grown = PooledArrays.Rent<byte>(Math.Max(needed, Math.Min(2 * (_array?.Length ?? 0), Array.MaxLength)));
                if (_array is not null)
                {
                    _array.AsSpan(0, _length).CopyTo(grown);
                    PooledArrays.Return(_array);
                }
                _array = grown;
            }
            bytes.CopyTo(_array.AsSpan(_length));
            _length = needed;
        }

        // The gathered line; its array now belongs to the line, and the next line starts afresh.
        public JsonlLine Finish(long number, long maxLineBytes)
        {
            JsonlLine line;
            if (_tooLong || _array is null)
            {
                line = new JsonlLine(number, ReadOnlyMemory<byte>.Empty, _tooLong);
            }
            else
            {
                (int start, int length) = Trimmed(number, _array.AsSpan(0, _length));
                line = length > maxLineBytes ? new JsonlLine(number, ReadOnlyMemory<byte>.Empty, true) : JsonlLine.Pooled(number, _array, start, length);
                if (line.TooLong) PooledArrays.Return(_array);
            }
            _array = null;
            _length = 0;
            _tooLong = false;
            return line;
        }

        public void Drop()
        {
            if (_array is not null) PooledArrays.Return(_array);
            _array = null;
            _length = 0;
        }
    }
}
