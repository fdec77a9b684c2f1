using System.Diagnostics;
using PageCleaner.Cli.Inputs;
using PageCleaner.Cli.Output;

namespace PageCleaner.Cli.Commands;

/// <summary>Runs <c>label</c>: collects inputs, labels them in parallel, reports problems in input order and a summary.</summary>
internal sealed class LabelRunner
{
    private readonly LabelSettings _settings;
    private readonly ConsoleStreams _io;

    public LabelRunner(LabelSettings settings, ConsoleStreams io)
    {
        _settings = settings;
        _io = io;
    }

    public int Run(CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var (items, problems) = InputCollector.Collect(_settings.Inputs, _io);
        foreach (string p in problems) _io.Error.WriteLine("pagecleaner: " + p);
        if (items.Count == 0)
        {
            _io.Error.WriteLine("pagecleaner: " + new LabelSummary().Describe(clock.Elapsed, problems.Count));
            return ExitCodes.SomeFailed;
        }

        var options = CleanerOptions.Default with
        {
            Input = _settings.Input,
            MaxPageBytes = (long)(_settings.MaxPageMegabytes * 1024 * 1024),
        };
        Cleaner cleaner = _settings.ModelPath is null ? Cleaner.CreateDefault(options) : Cleaner.FromModelFile(_io.Resolve(_settings.ModelPath), options);
        var processor = new LabelProcessor(cleaner, _settings, _io, items);
        var summary = new LabelSummary();
        var progress = new ProgressBar(_io.Error, _io.ErrorIsTerminal, items.Count);

        IEnumerable<LabelOutcome> outcomes = items
            .AsParallel().AsOrdered()
            .WithDegreeOfParallelism(Math.Min(_settings.Threads, 512))
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .WithCancellation(cancellation)
            .Select(processor.Process);
        int done = 0;
        foreach (LabelOutcome outcome in outcomes)
        {
            summary.Add(outcome);
            if (outcome.Error is not null || outcome.Mismatches.Count > 0) progress.Clear();
            if (outcome.Error is string error)
            {
                // Messages from the dump reader already start with the input's name (and line).
                _io.Error.WriteLine(error.StartsWith(outcome.Item.Display + ":", StringComparison.Ordinal)
                    ? $"pagecleaner: {error}"
                    : $"pagecleaner: {outcome.Item.Display}: {error}");
            }
            foreach (string mismatch in outcome.Mismatches) _io.Error.WriteLine($"pagecleaner: {outcome.Item.Display}: does not read back as labeled: {mismatch}");
            progress.Report(++done);
        }
        progress.Clear();
        _io.Error.WriteLine("pagecleaner: " + summary.Describe(clock.Elapsed, problems.Count));
        return summary.Failed + summary.Mismatches + problems.Count > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
    }
}
