using System.Globalization;
using System.IO.Compression;

namespace PageCleaner.Pipelines;

/// <summary>
/// A gzip-compressed WARC file: one gzip member per record (as Common Crawl writes them) or one member for the whole
/// file. Where the compressed data is damaged, the stretch ends; the search for the next member header starts in the
/// last few kilobytes handed to the decompressor (the damage lies there or before, and the next member after it) and
/// reading goes on from the member found. A member found there may be one already read, or the damaged one itself,
/// which then fails again at the same place: the WARC reader drops records it has just given out (by record id), and
/// the same damage met again is not reported again.
/// </summary>
internal sealed class GzipMemberSource : StretchSource
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private ChunkTap _tap;
    private GZipStream _gzip;
    private long _chainStart;
    private string? _damage;
    private bool _finished;
    private long _lastFailure = long.MinValue;
    private bool _repeat;

    public GzipMemberSource(Stream compressed)
    {
        _tap = new ChunkTap(compressed, 0);
        _gzip = new GZipStream(_tap, CompressionMode.Decompress, leaveOpen: true);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        if (_damage is not null || _finished) return 0;
        try
        {
            int n = await _gzip.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (n > 0) return n;
            // The decompressor also stops, without an error, at bytes that do not start a gzip member. Before the end of
            // the file that is a damaged member header, and what follows may still be read.
            if (_tap.InnerEnded) _finished = true;
            else Fail("bytes that are not gzip data (a damaged gzip member header?)");
            return 0;
        }
        catch (InvalidDataException)
        {
            // The decompressor's own messages name zip archive entries, which only confuses here.
            Fail("corrupt gzip data");
            return 0;
        }
    }

    // A failure noticed within a piece's length of the last one is the same damage, met again from an earlier member.
    private void Fail(string damage)
    {
        _repeat = Math.Abs(_tap.Next - _lastFailure) < ChunkTap.ChunkSize;
        _lastFailure = _tap.Next;
        _damage = damage;
    }

    public override async ValueTask<StretchEnd> EndOfStretchAsync(CancellationToken cancellationToken)
    {
        if (_damage is null) return new StretchEnd(null, false);
        string damage = _damage;
        bool repeat = _repeat;
        _damage = null;
        long from = Math.Max(_tap.RecentStart, _chainStart + 1);
        long? found = await FindNextMemberAsync(from, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            _finished = true;
            return repeat ? new StretchEnd(null, false, true) : new StretchEnd($"{damage} near compressed offset {_lastFailure.ToString(Invariant)}; no readable gzip member follows", false);
        }
        return repeat
            ? new StretchEnd(null, true, true)
            : new StretchEnd($"{damage} near compressed offset {_lastFailure.ToString(Invariant)}; reading goes on at the next sound gzip member", true);
    }

    // Scans from compressed offset `from` (inside the kept pieces, then onward in the file) for a gzip member header,
    // and restarts the decompressor there.
    private async ValueTask<long?> FindNextMemberAsync(long from, CancellationToken cancellationToken)
    {
        byte[] recent = _tap.Recent;
        int skip = (int)Math.Clamp(from - _tap.RecentStart, 0, recent.Length);
        byte[] scan = recent[skip..];
        long scanStart = _tap.RecentStart + skip;
        Stream rest = _tap.Inner;
        await _gzip.DisposeAsync().ConfigureAwait(false);
        byte[] piece = new byte[64 * 1024];
        while (true)
        {
            int at = FindHeader(scan);
            if (at >= 0)
            {
                _chainStart = scanStart + at;
                _tap = new ChunkTap(PrefixStream.Create(scan.AsMemory(at), rest), _chainStart);
                _gzip = new GZipStream(_tap, CompressionMode.Decompress, leaveOpen: true);
                return _chainStart;
            }
            if (_tap.InnerEnded) return null;
            int n = await rest.ReadAsync(piece, cancellationToken).ConfigureAwait(false);
            if (n == 0) return null;
            // The last three bytes may be the start of a header cut by the read.
            int keep = Math.Min(3, scan.Length);
            scanStart += scan.Length - keep;
            scan = [.. scan.AsSpan(scan.Length - keep), .. piece.AsSpan(0, n)];
        }
    }

    // A member starts with 1F 8B, method 8 (deflate), and flags whose reserved bits are clear.
    private static int FindHeader(ReadOnlySpan<byte> bytes)
    {
        for (int i = bytes.IndexOf((byte)0x1F); i >= 0 && i + 3 < bytes.Length; )
        {
            if (bytes[i + 1] == 0x8B && bytes[i + 2] == 8 && (bytes[i + 3] & 0xE0) == 0) return i;
            int next = bytes[(i + 1)..].IndexOf((byte)0x1F);
            if (next < 0) break;
            i += 1 + next;
        }
        return -1;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _gzip.Dispose();
        base.Dispose(disposing);
    }
}
