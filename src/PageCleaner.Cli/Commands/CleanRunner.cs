using System.Diagnostics;
using PageCleaner.Cli.Inputs;
using PageCleaner.Cli.Output;

namespace PageCleaner.Cli.Commands;

/// <summary>Runs <c>clean</c>: collects inputs, cleans them in parallel, writes results in input order, reports a summary.</summary>
internal sealed class CleanRunner
{
    private readonly CleanSettings _settings;
    private readonly ConsoleStreams _io;

    public CleanRunner(CleanSettings settings, ConsoleStreams io)
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
            _io.Error.WriteLine("pagecleaner: " + new RunSummary().Describe(clock.Elapsed, problems.Count));
            return ExitCodes.SomeFailed;
        }

        var options = _settings.Limits.Apply(CleanerOptions.Default) with
        {
            Input = _settings.Input,
            Repair = _settings.Repair,
            ContentThreshold = _settings.ContentThreshold,
        };
        Cleaner cleaner = _settings.ModelPath is null ? Cleaner.CreateDefault(options) : Cleaner.FromModelFile(_io.Resolve(_settings.ModelPath), options);
        var processor = new PageProcessor(cleaner, _settings, _io, items);
        var summary = new RunSummary();
        var progress = new ProgressBar(_io.Error, _io.ErrorIsTerminal, items.Count);
        bool several = items.Count > 1;

        IEnumerable<PageOutcome> outcomes = items
            .AsParallel().AsOrdered()
            .WithDegreeOfParallelism(Math.Min(_settings.Threads, 512))
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .WithCancellation(cancellation)
            .Select(item => processor.Process(item, cancellation));
        int done = 0;
        foreach (PageOutcome outcome in outcomes)
        {
            summary.Add(outcome);
            if (outcome.Error is not null)
            {
                progress.Clear();
                _io.Error.WriteLine($"pagecleaner: {outcome.Item.Display}: {outcome.Error}");
            }
            else if (outcome.Rendered is not null && _settings.OutputDirectory is null)
            {
                WriteToStdout(outcome, several);
            }
            progress.Report(++done);
        }
        _io.Output.Flush();
        progress.Clear();
        _io.Error.WriteLine("pagecleaner: " + summary.Describe(clock.Elapsed, problems.Count));
        return summary.Failed + problems.Count > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
    }

    private void WriteToStdout(PageOutcome outcome, bool several)
    {
        if (several && _settings.Format != OutputFormat.Json)
        {
            byte[] header = System.Text.Encoding.UTF8.GetBytes($"==> {outcome.Item.Display} <==\n");
            _io.Output.Write(header);
        }
        _io.Output.Write(outcome.Rendered);
        if (several && _settings.Format != OutputFormat.Json) _io.Output.WriteByte((byte)'\n');
    }
}
