namespace PageCleaner.Pipelines;

/// <summary>One line of a JSONL stream, as <see cref="JsonlLineReader"/> reads it.</summary>
/// <param name="Number">The 1-based line number.</param>
/// <param name="Bytes">The line without its line end (LF, or CR LF) and, on line 1, without a UTF-8 byte order mark;
/// empty when <paramref name="TooLong"/>.</param>
/// <param name="TooLong">The line was longer than the reader's limit; its bytes were passed over, not kept.</param>
public sealed record JsonlLine(long Number, ReadOnlyMemory<byte> Bytes, bool TooLong)
{
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
}
