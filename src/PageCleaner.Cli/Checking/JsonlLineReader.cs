namespace PageCleaner.Cli.Checking;

/// <summary>
/// Reads a JSONL stream line by line (lines end at LF; a CR before it is dropped), so a large file is never held in
/// memory whole. A UTF-8 byte order mark before line 1 is skipped. A line longer than the limit is reported as
/// null and skipped to its end.
/// </summary>
internal sealed class JsonlLineReader
{
    private readonly Stream _stream;
    private readonly long _maxLineBytes;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _position;
    private int _filled;
    private bool _first = true;

    public JsonlLineReader(Stream stream, long maxLineBytes)
    {
        _stream = stream;
        _maxLineBytes = maxLineBytes;
    }

    /// <summary>The 1-based number of the line last read.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Reads the next line into <paramref name="line"/> (null when over the limit); false at the end of the stream.</summary>
    public bool TryRead(out byte[]? line)
    {
        var current = new MemoryStream();
        bool any = false, tooLong = false;
        while (true)
        {
            if (_position == _filled && !Fill())
            {
                if (!any) break;
                return Finish(current, tooLong, out line);
            }
            any = true;
            int newline = Array.IndexOf(_buffer, (byte)'\n', _position, _filled - _position);
            int end = newline < 0 ? _filled : newline;
            if (!tooLong)
            {
                current.Write(_buffer, _position, end - _position);
                if (current.Length > _maxLineBytes)
                {
                    tooLong = true;
                    current.SetLength(0);
                }
            }
            _position = newline < 0 ? _filled : newline + 1;
            if (newline >= 0) return Finish(current, tooLong, out line);
        }
        line = null;
        return false;
    }

    private bool Finish(MemoryStream current, bool tooLong, out byte[]? line)
    {
        LineNumber++;
        if (tooLong)
        {
            line = null;
            return true;
        }
        byte[] bytes = current.ToArray();
        int start = _first && bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        int end = bytes.Length > start && bytes[^1] == (byte)'\r' ? bytes.Length - 1 : bytes.Length;
        _first = false;
        line = start == 0 && end == bytes.Length ? bytes : bytes[start..end];
        return true;
    }

    private bool Fill()
    {
        _filled = _stream.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _filled > 0;
    }
}
