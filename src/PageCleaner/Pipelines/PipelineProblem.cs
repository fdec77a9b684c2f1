namespace PageCleaner.Pipelines;

/// <summary>A record that could not be cleaned, or a part of a stream that could not be read, reported as it happens.</summary>
/// <param name="Where">Where in the stream: <c>12</c> (a JSONL line number) or <c>record 5 at offset 81234</c> (a WARC record).</param>
/// <param name="Message">The problem, in one line.</param>
/// <param name="InStream">True when the stream itself is damaged (a truncated or corrupt WARC file or gzip member), so
/// that part of the input was lost; false when a record was read but could not be cleaned (its output line carries
/// the error).</param>
public sealed record PipelineProblem(string Where, string Message, bool InStream);
