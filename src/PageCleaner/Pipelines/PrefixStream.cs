namespace PageCleaner.Pipelines;

/// <summary>A read-only stream that gives some bytes already taken from a stream, then the rest of that stream.</summary>
internal sealed class PrefixStream : Stream
{
    private readonly ReadOnlyMemory<byte> _prefix;
    private int _taken;

    private PrefixStream(ReadOnlyMemory<byte> prefix, Stream inner)
    {
        _prefix = prefix;
        Inner = inner;
    }

    private bool Exhausted => _taken == _prefix.Length;

    /// <summary>The stream read once the prefix is used up.</summary>
    public Stream Inner { get; }

    /// <summary>
    /// <paramref name="prefix"/> then <paramref name="inner"/>. A prefix stream whose own prefix is used up is unwrapped,
    /// so that taking bytes back again and again (resuming after damage) does not nest streams without end.
    /// </summary>
    public static Stream Create(ReadOnlyMemory<byte> prefix, Stream inner)
    {
        while (inner is PrefixStream { Exhausted: true } p) inner = p.Inner;
        return prefix.IsEmpty ? inner : new PrefixStream(prefix, inner);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_taken < _prefix.Length) return Take(buffer);
        return Inner.Read(buffer);
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_taken < _prefix.Length) return ValueTask.FromResult(Take(buffer.Span));
        return Inner.ReadAsync(buffer, cancellationToken);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Take(Span<byte> buffer)
    {
        int n = Math.Min(buffer.Length, _prefix.Length - _taken);
        _prefix.Span.Slice(_taken, n).CopyTo(buffer);
        _taken += n;
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
