namespace PageCleaner.Pipelines;

/// <summary>
/// The uncompressed bytes of a WARC file as stretches: a plain file is one stretch; a gzip file whose data is damaged
/// somewhere ends a stretch there and, when a later gzip member can be found, goes on with the next stretch.
/// </summary>
internal abstract class StretchSource : IDisposable
{
    /// <summary>Reads bytes of the current stretch; 0 at its end.</summary>
    public abstract ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken);

    /// <summary>After a read returned 0: what ended the stretch, and whether another follows.</summary>
    public abstract ValueTask<StretchEnd> EndOfStretchAsync(CancellationToken cancellationToken);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing) { }
}
