using PageCleaner.Buffers;

namespace PageCleaner.Pipelines;

/// <summary>One line of a JSONL stream, as <see cref="JsonlLineReader"/> reads it.</summary>
/// <param name="Number">The 1-based line number.</param>
/// <param name="Bytes">The line without its line end (LF, or CR LF) and, on line 1, without a UTF-8 byte order mark;
/// empty when <paramref name="TooLong"/>.</param>
/// <param name="TooLong">The line was longer than the reader's limit; its bytes were passed over, not kept.</param>
public sealed record JsonlLine(long Number, ReadOnlyMemory<byte> Bytes, bool TooLong)
{
    // The pool's array that holds Bytes, when the reader rented one; a record's line (often a few hundred KB) then
    // does not become a new array on the large-object heap. Not part of the line's value.
    private byte[]? _pooled;

    /// <summary>Whether the line holds nothing but spaces and tabs (JSONL readers pass such lines over).</summary>
    public bool IsBlank
    {
        get
        {
            if (TooLong) return false;
            foreach (byte b in Bytes.Span)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r')) return false;
            }
            return true;
        }
    }

    /// <summary>A line whose bytes are <paramref name="length"/> bytes of an array from <see cref="PooledArrays"/>.</summary>
    internal static JsonlLine Pooled(long number, byte[] array, int start, int length) =>
        new(number, array.AsMemory(start, length), false) { _pooled = array };

    /// <summary>
    /// Gives a pooled array back. Only the line's last reader may call it: <see cref="Bytes"/> must not be
    /// read after. A line that is never returned is simply collected.
    /// </summary>
    internal void ReturnToPool()
    {
        byte[]? array = Interlocked.Exchange(ref _pooled, null);
        if (array is not null) PooledArrays.Return(array);
    }

    /// <summary>Lines are equal when their number, bytes (the same memory) and length flag are.</summary>
    public bool Equals(JsonlLine? other) =>
        other is not null && Number == other.Number && Bytes.Equals(other.Bytes) && TooLong == other.TooLong;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Number, Bytes, TooLong);
}
