using System.Globalization;

namespace PageCleaner.Cli.Commands;

/// <summary>Counts for the one-line summary at the end of a run.</summary>
internal sealed class RunSummary
{
    private readonly int[] _blocks = new int[BlockLabels.Count];

    public int Pages { get; private set; }
    public int Failed { get; private set; }
    public int Skipped { get; private set; }
    public int SpamPages { get; private set; }

    public void Add(PageOutcome outcome)
    {
        Pages++;
        if (outcome.Error is not null) Failed++;
        if (outcome.Skipped) Skipped++;
        if (outcome.Result is not CleanResult r) return;
        if (r.Verdict.Spam) SpamPages++;
        foreach (BlockResult b in r.Blocks) _blocks[(int)b.Label]++;
    }

    public string Describe(TimeSpan elapsed, int missingInputs)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        string failed = missingInputs > 0 ? $"{Failed} failed, {missingInputs} inputs not found" : $"{Failed} failed";
        return string.Create(CultureInfo.InvariantCulture,
            $"{Pages} pages, {failed}, {Skipped} skipped (output exists), {SpamPages} with spam; blocks: {_blocks[0]} content, {_blocks[1]} boilerplate, {_blocks[2]} spam; {seconds:0.00} s, {Pages / seconds:0.0} pages/s");
    }
}
