namespace PageCleaner.Pipelines;

/// <summary>Counts for one stream run through <see cref="StreamingCleaner"/>.</summary>
public sealed record PipelineSummary
{
    /// <summary>What the stream was: <c>jsonl</c> or <c>warc</c>.</summary>
    public required string Format { get; init; }

    /// <summary>Records read: JSONL lines that are not blank, or WARC records.</summary>
    public long Records { get; init; }

    /// <summary>Records cleaned (an output line with the clean fields).</summary>
    public long Cleaned { get; init; }

    /// <summary>Output lines carrying an <c>error</c> field instead.</summary>
    public long Failed { get; init; }

    /// <summary>WARC records passed over: not an HTTP response, not a 2xx status, or not HTML.</summary>
    public long Skipped { get; init; }

    /// <summary>Cleaned records whose page carries spam.</summary>
    public long Spam { get; init; }

    /// <summary>Places where the stream itself was damaged (a truncated or corrupt WARC record or gzip member).</summary>
    public long StreamProblems { get; init; }
}
