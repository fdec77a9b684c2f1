namespace PageCleaner.Pipelines;

/// <summary>
/// Hands a stream's bytes to a decompressor a few kilobytes at a time and keeps the last two pieces, with their offset,
/// so that after the decompressor fails the search for the next gzip member can start close to where it failed.
/// </summary>
internal sealed class ChunkTap : Stream
{
    public const int ChunkSize = 4096;

    private byte[] _previous = new byte[ChunkSize];
    private byte[] _last = new byte[ChunkSize];
    private int _previousLength, _lastLength;
    private long _next;

    /// <param name="inner">The compressed bytes.</param>
    /// <param name="offset">The offset of the first of them in the whole compressed input.</param>
    public ChunkTap(Stream inner, long offset)
    {
        Inner = inner;
        _next = offset;
    }

    public Stream Inner { get; }

    /// <summary>Whether the inner stream has returned its end.</summary>
    public bool InnerEnded { get; private set; }

    /// <summary>The last two pieces handed out, in order.</summary>
    public byte[] Recent => [.. _previous.AsSpan(0, _previousLength), .. _last.AsSpan(0, _lastLength)];

    /// <summary>The offset just past the last byte handed out.</summary>
    public long Next => _next;

    /// <summary>The offset of the first byte of <see cref="Recent"/>.</summary>
    public long RecentStart => _next - _previousLength - _lastLength;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) => Keep(Inner.Read(buffer[..Math.Min(buffer.Length, ChunkSize)]), buffer);

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Memory<byte> piece = buffer[..Math.Min(buffer.Length, ChunkSize)];
        int n = await Inner.ReadAsync(piece, cancellationToken).ConfigureAwait(false);
        return Keep(n, piece.Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Keep(int n, ReadOnlySpan<byte> read)
    {
        if (n == 0)
        {
            InnerEnded = true;
            return 0;
        }
        (_previous, _last) = (_last, _previous);
        _previousLength = _lastLength;
        read[..n].CopyTo(_last);
        _lastLength = n;
        _next += n;
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
