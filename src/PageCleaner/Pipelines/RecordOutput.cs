using PageCleaner.Buffers;

namespace PageCleaner.Pipelines;

/// <summary>What became of one input record: the output line (with its line end), or nothing for a skipped record.</summary>
/// <param name="Line">The bytes to write; empty when the record is skipped.</param>
/// <param name="Status">Cleaned, failed (the line carries an error) or skipped.</param>
/// <param name="Where">Where the record was in the input, for messages.</param>
/// <param name="Problem">The error written into the line, or the stream damage met; null when cleaned or skipped.</param>
/// <param name="InStream">Whether the problem is damage to the stream rather than to one record's content.</param>
/// <param name="Spam">Whether the cleaned page carries spam.</param>
internal sealed record RecordOutput(ReadOnlyMemory<byte> Line, RecordStatus Status, string Where, string? Problem = null, bool InStream = false, bool Spam = false)
{
    /// <summary>The array from <see cref="PooledArrays"/> that holds <see cref="Line"/>, if any: the writer gives it back.</summary>
    public byte[]? Pooled { get; init; }

    /// <summary>Gives <see cref="Pooled"/> back once the line is written (or will not be).</summary>
    public void ReturnToPool()
    {
        if (Pooled is not null) PooledArrays.Return(Pooled);
    }
}
