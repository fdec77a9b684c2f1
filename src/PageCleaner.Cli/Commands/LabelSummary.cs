using System.Globalization;

namespace PageCleaner.Cli.Commands;

/// <summary>Counts for the one-line summary at the end of <c>label</c>.</summary>
internal sealed class LabelSummary
{
    private readonly int[] _blocks = new int[BlockLabels.Count];

    public int Pages { get; private set; }
    public int Failed { get; private set; }
    public int Skipped { get; private set; }
    public int HtmlFiles { get; private set; }
    public int DumpFiles { get; private set; }
    public int KeptFiles { get; private set; }
    public int Mismatches { get; private set; }

    public void Add(LabelOutcome outcome)
    {
        Pages++;
        if (outcome.Error is not null) Failed++;
        if (outcome.Skipped) Skipped++;
        KeptFiles += outcome.Kept;
        Mismatches += outcome.Mismatches.Count;
        foreach (LabelFile file in outcome.Written)
        {
            if (file.Html) HtmlFiles++;
            else DumpFiles++;
        }
        if (outcome.Result is not CleanResult r) return;
        foreach (BlockResult b in r.Blocks) _blocks[(int)b.Label]++;
    }

    public string Describe(TimeSpan elapsed, int missingInputs)
    {
        string failed = missingInputs > 0 ? $"{Failed} failed, {missingInputs} inputs not found" : $"{Failed} failed";
        string kept = KeptFiles > 0 ? $", kept {KeptFiles} existing" : "";
        string mismatches = Mismatches > 0 ? $"; {Mismatches} files do not read back with their labels" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{Pages} pages, {failed}, {Skipped} skipped (output exists); wrote {HtmlFiles} annotated HTML and {DumpFiles} labeled dumps{kept}; blocks: {_blocks[0]} content, {_blocks[1]} boilerplate, {_blocks[2]} spam{mismatches}; {Math.Max(elapsed.TotalSeconds, 0.001):0.00} s");
    }
}
