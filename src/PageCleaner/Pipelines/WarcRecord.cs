namespace PageCleaner.Pipelines;

/// <summary>
/// One record of a WARC file (WARC/1.0 or WARC/1.1): its named header fields and its content block. A record that
/// could not be read in full carries an <see cref="Error"/>; what could be read of it is still there.
/// </summary>
public sealed class WarcRecord
{
    internal WarcRecord(long number, long offset, string? version, IReadOnlyList<KeyValuePair<string, string>> headers,
        ReadOnlyMemory<byte> block, string? error, bool damaged)
    {
        Number = number;
        Offset = offset;
        Version = version;
        Headers = headers;
        Block = block;
        Error = error;
        Damaged = damaged;
    }

    /// <summary>The record's 1-based position in the file (damaged stretches count as records too).</summary>
    public long Number { get; }

    /// <summary>Where the record starts in the uncompressed WARC data.</summary>
    public long Offset { get; }

    /// <summary>The version line, e.g. <c>WARC/1.1</c>; null when no record header could be read.</summary>
    public string? Version { get; }

    /// <summary>The header fields in file order (names as written; values trimmed, folded lines joined).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    /// <summary>The content block (for a response record: the HTTP response as received, head and body).</summary>
    public ReadOnlyMemory<byte> Block { get; }

    /// <summary>Why the record is incomplete or unusable, in one line; null for a sound record.</summary>
    public string? Error { get; }

    /// <summary>
    /// Whether <see cref="Error"/> is damage to the file (truncated, corrupt, not WARC) rather than a record that is
    /// whole but over the size limit.
    /// </summary>
    public bool Damaged { get; }

    /// <summary><c>WARC-Type</c>: <c>response</c>, <c>request</c>, <c>metadata</c>, <c>warcinfo</c>, ...</summary>
    public string? Type => Header("WARC-Type");

    /// <summary><c>WARC-Target-URI</c>, without the angle brackets some WARC/1.0 writers put around it.</summary>
    public string? TargetUri
    {
        get
        {
            string? uri = Header("WARC-Target-URI");
            return uri is { Length: >= 2 } && uri[0] == '<' && uri[^1] == '>' ? uri[1..^1] : uri;
        }
    }

    /// <summary><c>WARC-Date</c>, as written (ISO 8601, UTC).</summary>
    public string? Date => Header("WARC-Date");

    /// <summary><c>WARC-Record-ID</c>, as written (e.g. <c>&lt;urn:uuid:...&gt;</c>).</summary>
    public string? RecordId => Header("WARC-Record-ID");

    /// <summary>The first header field of this name (names compare without regard to case); null when absent.</summary>
    public string? Header(string name)
    {
        foreach (var (key, value) in Headers)
        {
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase)) return value;
        }
        return null;
    }
}
