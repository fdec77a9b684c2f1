using System.Diagnostics;
using PageCleaner.Cli.Inputs;
using PageCleaner.Pipelines;

namespace PageCleaner.Cli.Commands;

/// <summary>
/// Runs <c>clean --jsonl</c>: each input (a JSONL file, a WARC file, or standard input) is streamed through the
/// pipeline, one input after another, each cleaned on all threads; the lines go to standard output, or to one file per
/// input under the output folder, written atomically.
/// </summary>
internal sealed class JsonlRunner
{
    private const int ProblemsShownPerInput = 20;

    private readonly JsonlSettings _settings;
    private readonly ConsoleStreams _io;
    private StreamingCleaner? _pipeline;
    private bool _stdinTaken;

    public JsonlRunner(JsonlSettings settings, ConsoleStreams io)
    {
        _settings = settings;
        _io = io;
    }

    public async Task<int> RunAsync(CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var (items, missing) = InputCollector.Collect(_settings.Inputs, _io, JsonlInputs.Patterns);
        foreach (string p in missing) await _io.Error.WriteLineAsync("pagecleaner: " + p).ConfigureAwait(false);
        var summary = new JsonlRunSummary();
        bool damaged = false;
        Dictionary<string, InputItem> owners = Owners(items);
        var inputPaths = new HashSet<string>(items.Where(i => i.FullPath is not null).Select(i => i.FullPath!), StringComparer.Ordinal);
        var stdout = new BufferedStream(_io.Output, 1 << 16);
        try
        {
            foreach (InputItem item in items)
            {
                cancellation.ThrowIfCancellationRequested();
                string? target = _settings.OutputDirectory is null ? null : TargetOf(item);
                string? refusal = target is null ? null
                    : inputPaths.Contains(target) ? $"the result would overwrite an input ({target}); choose another --output folder"
                    : !ReferenceEquals(owners[target], item) ? $"the result would go to the same file as the result of {owners[target].Display} ({target})"
                    : null;
                if (refusal is not null)
                {
                    await FailAsync(summary, item, refusal).ConfigureAwait(false);
                    continue;
                }
                if (item.IsStdin && _stdinTaken)
                {
                    await FailAsync(summary, item, "standard input can be read only once").ConfigureAwait(false);
                    continue;
                }
                _stdinTaken |= item.IsStdin;
                if (target is not null && File.Exists(target) && !_settings.Overwrite)
                {
                    summary.AddSkipped();
                    continue;
                }
                PipelineSummary? result = await ProcessAsync(item, target, stdout, summary, cancellation).ConfigureAwait(false);
                if (result is not null) damaged |= result.StreamProblems > 0;
            }
        }
        finally
        {
            // Only whole lines are ever written, so what is buffered is whole lines, cancelled or not.
            await stdout.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        await _io.Error.WriteLineAsync("pagecleaner: " + summary.Describe(clock.Elapsed, missing.Count)).ConfigureAwait(false);
        return summary.FailedInputs + missing.Count > 0 || damaged ? ExitCodes.SomeFailed : ExitCodes.Success;
    }

    private async Task<PipelineSummary?> ProcessAsync(InputItem item, string? target, Stream stdout, JsonlRunSummary summary, CancellationToken cancellation)
    {
        var reporter = new ProblemReporter(_io.Error, item.Display, ProblemsShownPerInput);
        try
        {
            StreamingCleaner pipeline = _pipeline ??= CreatePipeline();
            // Standard input belongs to the caller and is not disposed.
            await using Stream? file = item.IsStdin ? null : new FileStream(item.FullPath!, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            Stream input = file ?? _io.Input;
            PipelineSummary result;
            if (target is null)
            {
                result = await pipeline.CleanRecordsAsync(input, stdout, reporter.Report, cancellation).ConfigureAwait(false);
            }
            else
            {
                using var output = new StreamedOutputFile(target);
                result = await pipeline.CleanRecordsAsync(input, output.Stream, reporter.Report, cancellation).ConfigureAwait(false);
                output.Commit();
            }
            reporter.Finish();
            summary.Add(result);
            return result;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reporter.Finish();
            await FailAsync(summary, item, e.Message).ConfigureAwait(false);
            return null;
        }
    }

    private StreamingCleaner CreatePipeline()
    {
        var options = _settings.Limits.Apply(CleanerOptions.Default) with
        {
            Repair = _settings.Repair,
            ContentThreshold = _settings.ContentThreshold,
        };
        Cleaner cleaner = _settings.ModelPath is null ? Cleaner.CreateDefault(options) : Cleaner.FromModelFile(_io.Resolve(_settings.ModelPath), options);
        return new StreamingCleaner(cleaner, new PipelineOptions
        {
            Parallelism = Math.Min(_settings.Threads, 512),
            HtmlField = _settings.HtmlField,
            TextField = _settings.TextField,
            FieldPrefix = _settings.FieldPrefix,
            IncludeBlocks = _settings.Blocks,
        });
    }

    private async Task FailAsync(JsonlRunSummary summary, InputItem item, string message)
    {
        summary.AddFailed();
        await _io.Error.WriteLineAsync($"pagecleaner: {item.Display}: {message}").ConfigureAwait(false);
    }

    private string TargetOf(InputItem item) => Path.Combine(_io.Resolve(_settings.OutputDirectory!), JsonlInputs.OutputName(item.Relative));

    // The first input in order owns a result file; later inputs that map to it fail with a reason.
    private Dictionary<string, InputItem> Owners(List<InputItem> items)
    {
        var owners = new Dictionary<string, InputItem>(StringComparer.Ordinal);
        if (_settings.OutputDirectory is null) return owners;
        foreach (InputItem item in items) owners.TryAdd(TargetOf(item), item);
        return owners;
    }
}
