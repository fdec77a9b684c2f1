using System.Globalization;

namespace PageCleaner.Cli.Checking;

/// <summary>Counts over a check run and the closing line on stderr.</summary>
internal sealed class CheckSummary
{
    public int Files { get; private set; }

    public int Failing { get; private set; }

    public int Allowed { get; private set; }

    public int Errors { get; private set; }

    public int Rewritten { get; private set; }

    public void Add(FileCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        Files++;
        foreach (Finding f in check.Findings)
        {
            if (f.Allowed) Allowed++;
            else Failing++;
        }
        Errors += check.Errors.Count;
        if (check.Rewritten) Rewritten++;
    }

    public bool Passed(int problems) => Failing == 0 && Errors + problems == 0 && Rewritten == 0;

    /// <summary>e.g. <c>check failed: 3 files checked, 2 findings (1 allowed), 0 errors</c>.</summary>
    public string Describe(int problems, int skipped)
    {
        string outcome = Passed(problems) ? "check passed" : "check failed";
        string line = $"{outcome}: {N(Files, "file")} checked, {N(Failing, "finding")} ({Allowed.ToString(CultureInfo.InvariantCulture)} allowed), {N(Errors + problems, "error")}";
        if (skipped > 0) line += $", {N(skipped, "file")} not included by the config";
        if (Rewritten > 0) line += $"; --fix rewrote {N(Rewritten, "file")}: review the change and stage it";
        return line;
    }

    private static string N(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");
}
