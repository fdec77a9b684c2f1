using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace PageCleaner.Pipelines;

/// <summary>
/// Reads WARC files (WARC/1.0 and WARC/1.1), plain or gzip-compressed (one gzip member per record, as Common Crawl
/// publishes them, or one member for the whole file; told from the first bytes), one record at a time: memory holds
/// one record's block and a 128 KiB buffer. Each record is a version line, header fields up to a blank line, a block
/// of <c>Content-Length</c> bytes and two line ends; bare LF line ends are accepted too.
/// </summary>
/// <remarks>
/// Damage does not end the reading where it can be passed: bytes that do not start a record are skipped to the next
/// line starting with <c>WARC/</c>, a record whose header cannot be read is reported and skipped the same way, and
/// corrupt gzip data is skipped to the next gzip member. Each such place is given out as a record with an
/// <see cref="WarcRecord.Error"/>, as is a record cut short by the end of the file, so nothing is lost silently.
/// </remarks>
public sealed class WarcReader : IDisposable
{
    /// <summary>The largest record block read by default (64 MiB); larger blocks are skipped with an error.</summary>
    public const long DefaultMaxRecordBytes = 64L * 1024 * 1024;

    private const int BufferSize = 128 * 1024;
    private const int MaxHeaderLine = 64 * 1024;
    private const int MaxHeaderFields = 1000;
    private const int RememberedIds = 16;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly Stream _input;
    private readonly bool _leaveOpen;
    private readonly long _maxRecordBytes;
    private readonly byte[] _buffer = new byte[BufferSize];
    private StretchSource? _source;
    private int _start, _end;
    private long _position;
    private bool _stretchEnded, _more, _repeat;
    private string? _damage;
    private bool _started;

    /// <summary>A reader of <paramref name="stream"/>.</summary>
    /// <param name="stream">The WARC file's bytes, compressed or not.</param>
    /// <param name="maxRecordBytes">The largest block held in memory; a record with a larger one is given out without its block, with an error.</param>
    /// <param name="leaveOpen">Leave <paramref name="stream"/> open when the reader is disposed.</param>
    public WarcReader(Stream stream, long maxRecordBytes = DefaultMaxRecordBytes, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRecordBytes, 0);
        _input = stream;
        _maxRecordBytes = Math.Min(maxRecordBytes, Array.MaxLength);
        _leaveOpen = leaveOpen;
    }

    /// <summary>The records in file order. A reader is read once.</summary>
    public async IAsyncEnumerable<WarcRecord> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (_started) throw new InvalidOperationException("a WarcReader can be read only once");
        _started = true;
        _source = await OpenAsync(cancellationToken).ConfigureAwait(false);
        long number = 0;
        var recentIds = new Queue<string>();
        bool resumed = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!await SkipLineEndsAsync(cancellationToken).ConfigureAwait(false))
            {
                if (_damage is not null) yield return Broken(++number, _position, TakeDamage()!);
                if (!_more) yield break;
                _stretchEnded = _more = _repeat = false;
                resumed = true;
                continue;
            }
            long offset = _position;
            if (!await AtRecordStartAsync(cancellationToken).ConfigureAwait(false))
            {
                long skipped = await SkipToRecordAsync(cancellationToken).ConfigureAwait(false);
                if (_repeat) continue;
                yield return Broken(++number, offset, $"no WARC record starts here; {Bytes(skipped)} passed over{Because()}");
                continue;
            }

            var (version, headers, headerProblem) = await ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
            if (headerProblem is not null)
            {
                if (_repeat) continue;
                yield return new WarcRecord(++number, offset, version, headers, ReadOnlyMemory<byte>.Empty, headerProblem, damaged: true);
                continue;
            }
            string? declared = Find(headers, "Content-Length");
            if (!long.TryParse(declared, NumberStyles.None, Invariant, out long length))
            {
                long skipped = await SkipToRecordAsync(cancellationToken).ConfigureAwait(false);
                string what = declared is null ? "no Content-Length" : $"a Content-Length that is not a number (\"{Excerpt(declared)}\")";
                yield return new WarcRecord(++number, offset, version, headers, ReadOnlyMemory<byte>.Empty,
                    $"the record has {what}; {Bytes(skipped)} passed over to the next record{Because()}", damaged: true);
                continue;
            }
            if (length > _maxRecordBytes)
            {
                long passed = await SkipAsync(length, cancellationToken).ConfigureAwait(false);
                await SkipRecordEndAsync(cancellationToken).ConfigureAwait(false);
                if (passed < length && _repeat) continue;
                yield return passed < length
                    ? new WarcRecord(++number, offset, version, headers, ReadOnlyMemory<byte>.Empty, Truncated(passed, length), damaged: true)
                    : new WarcRecord(++number, offset, version, headers, ReadOnlyMemory<byte>.Empty,
                        $"the record's block of {Bytes(length)} is over the limit of {Bytes(_maxRecordBytes)}", damaged: false);
                continue;
            }
            var (block, read) = await ReadBlockAsync((int)length, cancellationToken).ConfigureAwait(false);
            if (read < length)
            {
                if (_repeat) continue;
                yield return new WarcRecord(++number, offset, version, headers, block.AsMemory(0, read), Truncated(read, length), damaged: true);
                continue;
            }
            await SkipRecordEndAsync(cancellationToken).ConfigureAwait(false);
            string? id = Find(headers, "WARC-Record-ID");
            if (id is not null)
            {
                // After gzip damage the reading may resume at a member already read: its record is not given twice.
                if (resumed && recentIds.Contains(id)) continue;
                recentIds.Enqueue(id);
                if (recentIds.Count > RememberedIds) recentIds.Dequeue();
            }
            yield return new WarcRecord(++number, offset, version, headers, block, null, damaged: false);
        }
    }

    private async ValueTask<StretchSource> OpenAsync(CancellationToken cancellationToken)
    {
        byte[] head = new byte[2];
        int n = await _input.ReadAtLeastAsync(head, 2, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        Stream whole = PrefixStream.Create(head.AsMemory(0, n), _input);
        return n == 2 && head[0] == 0x1F && head[1] == 0x8B ? new GzipMemberSource(whole) : new PlainSource(whole);
    }

    private async ValueTask<(string? Version, List<KeyValuePair<string, string>> Headers, string? Problem)> ReadHeaderAsync(CancellationToken cancellationToken)
    {
        var headers = new List<KeyValuePair<string, string>>();
        var (version, _) = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
        version = version?.Trim();
        while (true)
        {
            var (line, tooLong) = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null && !tooLong) return (version, headers, "the data ends inside the record header" + Because(" (a truncated file?)"));
            string? malformed = null;
            if (tooLong) malformed = $"a header line is longer than {Bytes(MaxHeaderLine)}";
            else if (line!.Length == 0) return (version, headers, null);
            else if (line[0] is ' ' or '\t' && headers.Count > 0) headers[^1] = new(headers[^1].Key, headers[^1].Value + " " + line.Trim());
            else if (line.IndexOf(':', StringComparison.Ordinal) is int colon and > 0) headers.Add(new(line[..colon].Trim(), line[(colon + 1)..].Trim()));
            else malformed = $"a header line is not \"Name: value\" (\"{Excerpt(line)}\")";
            if (malformed is null && headers.Count > MaxHeaderFields) malformed = $"the header has more than {MaxHeaderFields} fields";
            if (malformed is null) continue;
            long skipped = await SkipToRecordAsync(cancellationToken).ConfigureAwait(false);
            return (version, headers, $"{malformed}; {Bytes(skipped)} passed over to the next record{Because()}");
        }
    }

    // Makes `count` bytes available in the buffer unless the stretch ends first.
    private async ValueTask<bool> EnsureAsync(int count, CancellationToken cancellationToken)
    {
        while (_end - _start < count)
        {
            if (_stretchEnded) return false;
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }
            int n = await _source!.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                await EndStretchAsync(cancellationToken).ConfigureAwait(false);
                return false;
            }
            _end += n;
        }
        return true;
    }

    private async ValueTask EndStretchAsync(CancellationToken cancellationToken)
    {
        _stretchEnded = true;
        (_damage, _more, _repeat) = await _source!.EndOfStretchAsync(cancellationToken).ConfigureAwait(false);
    }

    private void Consume(int count)
    {
        _start += count;
        _position += count;
    }

    // One line without its LF or CR LF, decoded as UTF-8; (null, false) when the stretch has ended with nothing left;
    // (null, true) for a line over the limit, which is left unread.
    private async ValueTask<(string? Line, bool TooLong)> ReadLineAsync(CancellationToken cancellationToken)
    {
        int searched = 0;
        while (true)
        {
            int newline = _buffer.AsSpan(_start + searched, _end - _start - searched).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                int length = searched + newline;
                string line = Decode(_buffer.AsSpan(_start, length));
                Consume(length + 1);
                return (line, false);
            }
            searched = _end - _start;
            if (searched > MaxHeaderLine) return (null, true);
            if (!await EnsureAsync(searched + 1, cancellationToken).ConfigureAwait(false))
            {
                if (_end == _start) return (null, false);
                string rest = Decode(_buffer.AsSpan(_start, _end - _start));
                Consume(_end - _start);
                return (rest, false);
            }
        }
    }

    private static string Decode(ReadOnlySpan<byte> line)
    {
        if (!line.IsEmpty && line[^1] == (byte)'\r') line = line[..^1];
        return Encoding.UTF8.GetString(line);
    }

    // Blank lines between records are passed over; false when the stretch ends first.
    private async ValueTask<bool> SkipLineEndsAsync(CancellationToken cancellationToken)
    {
        while (await EnsureAsync(1, cancellationToken).ConfigureAwait(false))
        {
            if (_buffer[_start] is not ((byte)'\r' or (byte)'\n')) return true;
            Consume(1);
        }
        return false;
    }

    private async ValueTask<bool> AtRecordStartAsync(CancellationToken cancellationToken)
    {
        await EnsureAsync(5, cancellationToken).ConfigureAwait(false);
        return _buffer.AsSpan(_start, _end - _start).StartsWith("WARC/"u8);
    }

    // Passes over bytes up to the next line that starts with "WARC/" (or the end of the stretch); returns how many.
    private async ValueTask<long> SkipToRecordAsync(CancellationToken cancellationToken)
    {
        long skipped = 0;
        while (true)
        {
            int at = _buffer.AsSpan(_start, _end - _start).IndexOf("\nWARC/"u8);
            if (at >= 0)
            {
                Consume(at + 1);
                return skipped + at + 1;
            }
            int keep = Math.Min(5, _end - _start);
            int drop = _end - _start - keep;
            Consume(drop);
            skipped += drop;
            if (!await EnsureAsync(keep + 1, cancellationToken).ConfigureAwait(false))
            {
                skipped += _end - _start;
                Consume(_end - _start);
                return skipped;
            }
        }
    }

    private async ValueTask<(byte[] Block, int Read)> ReadBlockAsync(int length, CancellationToken cancellationToken)
    {
        byte[] block = GC.AllocateUninitializedArray<byte>(length);
        int have = Math.Min(_end - _start, length);
        _buffer.AsSpan(_start, have).CopyTo(block);
        Consume(have);
        // The buffer is empty now: the rest is read straight into the block.
        while (have < length && !_stretchEnded)
        {
            int n = await _source!.ReadAsync(block.AsMemory(have), cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                await EndStretchAsync(cancellationToken).ConfigureAwait(false);
                break;
            }
            have += n;
            _position += n;
        }
        return (block, have);
    }

    private async ValueTask<long> SkipAsync(long length, CancellationToken cancellationToken)
    {
        long passed = 0;
        while (passed < length)
        {
            if (_end == _start && !await EnsureAsync(1, cancellationToken).ConfigureAwait(false)) break;
            int n = (int)Math.Min(_end - _start, length - passed);
            Consume(n);
            passed += n;
        }
        return passed;
    }

    // A block is followed by two line ends (CR LF CR LF); fewer are tolerated.
    private async ValueTask SkipRecordEndAsync(CancellationToken cancellationToken)
    {
        for (int i = 0; i < 2; i++)
        {
            await EnsureAsync(2, cancellationToken).ConfigureAwait(false);
            ReadOnlySpan<byte> next = _buffer.AsSpan(_start, _end - _start);
            if (next.StartsWith("\r\n"u8)) Consume(2);
            else if (next.StartsWith("\n"u8)) Consume(1);
            else return;
        }
    }

    private string Truncated(long read, long length) =>
        $"the data ends {Bytes(read)} into the record's block of {Bytes(length)}" + Because(" (a truncated file?)");

    // The damage that ended the stretch, as the end of a message; `otherwise` when the stretch simply ended.
    private string Because(string otherwise = "")
    {
        string? damage = TakeDamage();
        return damage is null ? otherwise : "; " + damage;
    }

    private string? TakeDamage()
    {
        string? damage = _damage;
        _damage = null;
        return damage;
    }

    private static WarcRecord Broken(long number, long offset, string error) => new(number, offset, null, [], ReadOnlyMemory<byte>.Empty, error, damaged: true);

    private static string? Find(List<KeyValuePair<string, string>> headers, string name)
    {
        foreach (var (key, value) in headers)
        {
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase)) return value;
        }
        return null;
    }

    private static string Bytes(long count) => count == 1 ? "1 byte" : count.ToString(Invariant) + " bytes";

    private static string Excerpt(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    /// <summary>Disposes the input stream unless it was to be left open.</summary>
    public void Dispose()
    {
        _source?.Dispose();
        if (!_leaveOpen) _input.Dispose();
    }
}
