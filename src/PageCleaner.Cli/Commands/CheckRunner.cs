using System.Text;
using PageCleaner.Cli.Checking;

namespace PageCleaner.Cli.Commands;

/// <summary>
/// Runs <c>check</c>: finds each file's config, checks the files in parallel, prints the failing findings in input
/// order on stdout and problems, fix notes and a summary on stderr. Exit 0 when the policy passes, 1 when it fails
/// (a failing finding, an unreadable file, or a file rewritten by --fix), 2 when a config is invalid.
/// </summary>
internal sealed class CheckRunner
{
    private readonly CheckSettings _settings;
    private readonly ConsoleStreams _io;
    private readonly Dictionary<CheckConfig, CheckPolicy> _policies = new(ReferenceEqualityComparer.Instance);

    public CheckRunner(CheckSettings settings, ConsoleStreams io)
    {
        _settings = settings;
        _io = io;
    }

    public int Run(CancellationToken cancellation)
    {
        TargetCollector.Collected collected;
        try
        {
            var locator = new ConfigLocator(_io.WorkingDirectory, _settings.ConfigPath);
            collected = TargetCollector.Collect(_settings.Inputs, _io.WorkingDirectory, locator);
        }
        catch (CheckConfigException e)
        {
            _io.Error.WriteLine("pagecleaner: " + e.Message);
            return ExitCodes.Usage;
        }
        foreach (string problem in collected.Problems) _io.Error.WriteLine("pagecleaner: " + problem);
        foreach (CheckTarget target in collected.Targets) PolicyFor(target.Config);

        var summary = new CheckSummary();
        if (collected.Targets.Count > 0)
        {
            // The model is loaded only when there is something to check: a commit without pages costs no load.
            CheckCleaners cleaners = CheckCleaners.CreateDefault();
            Func<CheckTarget, FileCheck> checkOne = t => FileChecker.Check(t, _policies[t.Config], cleaners, _settings.Fix);
            // One file (the usual pre-commit case) is checked on this thread: starting PLINQ costs start-up time.
            IEnumerable<FileCheck> checks = collected.Targets.Count == 1
                ? [checkOne(collected.Targets[0])]
                : collected.Targets
                    .AsParallel().AsOrdered()
                    .WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount))
                    .WithMergeOptions(ParallelMergeOptions.NotBuffered)
                    .WithCancellation(cancellation)
                    .Select(checkOne);
            foreach (FileCheck check in checks)
            {
                summary.Add(check);
                Report(check);
            }
        }
        _io.Output.Flush();
        if (summary.Failing > 0 && !_settings.Fix)
            _io.Error.WriteLine($"pagecleaner: to accept a finding, add its hash to \"allow\" in {CheckConfig.FileName}; 'pagecleaner check --fix' removes flagged lines from text dumps");
        _io.Error.WriteLine("pagecleaner: " + summary.Describe(collected.Problems.Count, collected.Skipped));
        return summary.Passed(collected.Problems.Count) ? ExitCodes.Success : ExitCodes.SomeFailed;
    }

    private void Report(FileCheck check)
    {
        var lines = new StringBuilder();
        foreach (Finding finding in check.Failing) lines.Append(FindingFormatter.Format(finding)).Append('\n');
        if (lines.Length > 0) _io.Output.Write(Encoding.UTF8.GetBytes(lines.ToString()));
        foreach (string error in check.Errors) _io.Error.WriteLine("pagecleaner: " + error);
        foreach (string note in check.Notes ?? []) _io.Error.WriteLine("pagecleaner: " + note);
        if (check.FixNote is not null) _io.Error.WriteLine($"pagecleaner: {check.Target.Display}: {check.FixNote}");
    }

    // The command line wins over the config, the config over the defaults.
    private CheckPolicy PolicyFor(CheckConfig config)
    {
        if (_policies.TryGetValue(config, out CheckPolicy? policy)) return policy;
        policy = new CheckPolicy(
            _settings.FailOn ?? config.FailOn ?? FailOn.Spam,
            _settings.MinScore ?? config.MinScore ?? CheckPolicy.DefaultMinScore,
            config.Allow);
        _policies[config] = policy;
        return policy;
    }
}
