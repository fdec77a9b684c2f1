namespace PageCleaner.Pipelines;

/// <summary>An uncompressed WARC file: one stretch, the whole stream.</summary>
internal sealed class PlainSource : StretchSource
{
    private readonly Stream _stream;

    public PlainSource(Stream stream) => _stream = stream;

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken) =>
        _stream.ReadAsync(buffer, cancellationToken);

    public override ValueTask<StretchEnd> EndOfStretchAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(new StretchEnd(null, false));
}
