using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace PageCleaner.Pipelines;

/// <summary>
/// Cleans streams of pages on several threads and gives the results in input order: pages from any source
/// (<see cref="CleanAsync(IAsyncEnumerable{PageInput}, CancellationToken)"/>), JSONL records
/// (<see cref="CleanJsonlAsync"/>) and WARC files (<see cref="CleanWarcAsync"/>). Only a bounded window of records is
/// in memory at a time (<see cref="PipelineOptions.MaxInFlight"/>), so a stream of any length runs in flat memory.
/// Thread-safe: one instance can serve many streams at once.
/// </summary>
/// <remarks>
/// Cancelling stops the reading and the pages in progress promptly; the output then ends after the last whole line
/// written (a line is written in one piece, never in part), and the method throws <see cref="OperationCanceledException"/>.
/// </remarks>
public sealed class StreamingCleaner
{
    private readonly JsonlRecordCleaner _jsonl;
    private readonly WarcRecordCleaner _warc;

    /// <summary>A pipeline around <paramref name="cleaner"/>.</summary>
    public StreamingCleaner(Cleaner cleaner, PipelineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cleaner);
        Cleaner = cleaner;
        Options = options ?? PipelineOptions.Default;
        _jsonl = new JsonlRecordCleaner(cleaner, Options);
        _warc = new WarcRecordCleaner(cleaner, Options);
    }

    /// <summary>The cleaner the pages go through.</summary>
    public Cleaner Cleaner { get; }

    /// <summary>How the pipeline runs and what it writes.</summary>
    public PipelineOptions Options { get; }

    /// <summary>Cleans <paramref name="pages"/> in parallel; the results come in the order of the pages.</summary>
    /// <param name="pages">The pages, read one at a time as room in the window frees up.</param>
    /// <param name="cancellationToken">Stops the reading and the pages being cleaned.</param>
    /// <returns>One <see cref="CleanedPage"/> per page: its result, or the one-line reason it could not be cleaned.</returns>
    public IAsyncEnumerable<CleanedPage> CleanAsync(IAsyncEnumerable<PageInput> pages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return OrderedParallel.SelectAsync(Numbered(pages, cancellationToken), CleanPage, Options.Parallelism, Options.MaxInFlight, cancellationToken);
    }

    /// <summary>
    /// Reads JSONL records and writes each one back, in order, with its members unchanged and the clean fields added
    /// (<c>clean_text</c>, <c>spam</c>, <c>spam_score</c>, <c>obfuscated</c>, <c>language</c>, and <c>blocks</c> when
    /// asked); a record that cannot be cleaned gets an <c>error</c> field instead, and a line that is not a JSON object
    /// becomes <c>{"error": ..., "line": N}</c>. Blank lines are passed over. Gzip-compressed input is decompressed.
    /// </summary>
    /// <param name="input">The JSONL bytes (UTF-8), read to the end; not disposed.</param>
    /// <param name="output">Where the lines go (UTF-8, each ending with LF); not flushed or disposed.</param>
    /// <param name="problems">Called, in input order, for every record that could not be cleaned.</param>
    /// <param name="cancellationToken">Stops the work; the output ends with a whole line.</param>
    public async Task<PipelineSummary> CleanJsonlAsync(Stream input, Stream output, Action<PipelineProblem>? problems = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var (stream, gzip, _) = await RecordStreamSniffer.SniffAsync(input, cancellationToken).ConfigureAwait(false);
        return await RunJsonlAsync(stream, gzip, output, problems, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads a WARC file (plain or gzip-compressed) and writes one JSONL line per cleaned page, in file order:
    /// <c>url</c>, <c>date</c>, <c>record_id</c>, <c>title</c> and the clean fields. Only response records holding a
    /// 2xx HTTP response with an HTML body are cleaned; the others are skipped. A damaged record, or a response that
    /// cannot be cleaned, gives a line with an <c>error</c> field, and the reading goes on where it can.
    /// </summary>
    /// <param name="input">The WARC bytes, read to the end; not disposed.</param>
    /// <param name="output">Where the lines go (UTF-8, each ending with LF); not flushed or disposed.</param>
    /// <param name="problems">Called, in file order, for every damaged record and every page that could not be cleaned.</param>
    /// <param name="cancellationToken">Stops the work; the output ends with a whole line.</param>
    public Task<PipelineSummary> CleanWarcAsync(Stream input, Stream output, Action<PipelineProblem>? problems = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        return RunWarcAsync(input, output, problems, cancellationToken);
    }

    /// <summary>
    /// <see cref="CleanWarcAsync"/> when the stream is a WARC file (it starts with <c>WARC/</c>, once decompressed),
    /// otherwise <see cref="CleanJsonlAsync"/>.
    /// </summary>
    public async Task<PipelineSummary> CleanRecordsAsync(Stream input, Stream output, Action<PipelineProblem>? problems = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var (stream, gzip, warc) = await RecordStreamSniffer.SniffAsync(input, cancellationToken).ConfigureAwait(false);
        if (warc) return await RunWarcAsync(stream, output, problems, cancellationToken).ConfigureAwait(false);
        return await RunJsonlAsync(stream, gzip, output, problems, cancellationToken).ConfigureAwait(false);
    }

    private async Task<PipelineSummary> RunJsonlAsync(Stream input, bool gzip, Stream output, Action<PipelineProblem>? problems, CancellationToken cancellationToken)
    {
        // The caller's stream is not disposed; only the decompressor made here is.
        GZipStream? decompressed = gzip ? new GZipStream(input, CompressionMode.Decompress, leaveOpen: true) : null;
        try
        {
            long limit = Options.RecordLimit(Cleaner.Options);
            IAsyncEnumerable<JsonlLine> lines = NonBlank(JsonlLineReader.ReadAsync(decompressed ?? input, limit, cancellationToken), cancellationToken);
            IAsyncEnumerable<RecordOutput> outputs = OrderedParallel.SelectAsync(lines, _jsonl.Clean, Options.Parallelism, Options.MaxInFlight, cancellationToken);
            return await RecordWriter.WriteAsync("jsonl", outputs, output, problems, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (decompressed is not null) await decompressed.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<PipelineSummary> RunWarcAsync(Stream input, Stream output, Action<PipelineProblem>? problems, CancellationToken cancellationToken)
    {
        using var reader = new WarcReader(input, Options.RecordLimit(Cleaner.Options), leaveOpen: true);
        IAsyncEnumerable<RecordOutput> outputs = OrderedParallel.SelectAsync(reader.ReadAsync(cancellationToken), _warc.Clean, Options.Parallelism, Options.MaxInFlight, cancellationToken);
        return await RecordWriter.WriteAsync("warc", outputs, output, problems, cancellationToken).ConfigureAwait(false);
    }

    private CleanedPage CleanPage((long Index, PageInput Page) item, CancellationToken cancellationToken)
    {
        try
        {
            return new CleanedPage(item.Index, item.Page, Cleaner.Clean(item.Page, cancellationToken), null);
        }
        catch (PageCleanerException e)
        {
            return new CleanedPage(item.Index, item.Page, null, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug of ours must not end the stream for the pages after this one.
            return new CleanedPage(item.Index, item.Page, null, $"internal error ({e.GetType().Name}: {e.Message}); please report it with this page");
        }
    }

    private static async IAsyncEnumerable<(long, PageInput)> Numbered(IAsyncEnumerable<PageInput> pages, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long index = 0;
        await foreach (PageInput page in pages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            ArgumentNullException.ThrowIfNull(page, nameof(pages));
            yield return (index++, page);
        }
    }

    private static async IAsyncEnumerable<JsonlLine> NonBlank(IAsyncEnumerable<JsonlLine> lines, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (JsonlLine line in lines.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (!line.IsBlank) yield return line;
        }
    }
}
