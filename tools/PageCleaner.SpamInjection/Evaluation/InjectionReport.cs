using System.Globalization;
using System.Text;
using PageCleaner.Learning.Evaluation;
using PageCleaner.SpamInjection.Injection;

namespace PageCleaner.SpamInjection.Evaluation;

/// <summary>Sums the outcomes into the figures the spam targets are stated in, and writes them as Markdown.</summary>
internal static class InjectionReport
{
    /// <summary>Removal target: share of blocks with no phrase left, per method and per place.</summary>
    public const double RemovalTarget = 0.99;

    /// <summary>Most untouched pages that may be flagged spam.</summary>
    public const double FalseFlagLimit = 0.01;

    /// <summary>Largest allowed drop of article F1 from injection.</summary>
    public const double F1Tolerance = 0.005;

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>The report; <paramref name="title"/> names the model and split.</summary>
    public static string Write(string title, IReadOnlyList<PageOutcome> pages, IReadOnlyList<SeedOutcome> seeds)
    {
        var measured = pages.Where(p => p.Error is null).ToList();
        var html = measured.SelectMany(p => p.Cases).Where(c => !c.Dump).ToList();
        var dumps = measured.SelectMany(p => p.Cases).Where(c => c.Dump).ToList();
        var sb = new StringBuilder();
        sb.Append(C, $"### {title}\n\n");
        sb.Append(C, $"{measured.Count} pages ({string.Join(", ", measured.GroupBy(p => p.Page.Set).Select(g => $"{g.Key} {g.Count()}"))}); ");
        sb.Append(C, $"{html.Count} injected HTML pages, {dumps.Count} injected text dumps");
        int failed = pages.Count - measured.Count;
        sb.Append(failed > 0 ? $"; {failed} pages could not be read\n\n" : "\n\n");

        sb.Append("Spam blocks removed (no phrase left in the clean text), HTML pages, by hiding method and place (cases in brackets):\n\n");
        Places(sb, html, Enum.GetValues<Place>(), Enum.GetValues<HidingMethod>());
        if (dumps.Count > 0)
        {
            sb.Append("\nSpam lines removed from text dumps, by form and place:\n\n");
            Places(sb, dumps, DumpInjector.Places, DumpInjector.Methods);
        }

        sb.Append("\nPages flagged spam:\n\n| pages | count | flagged |\n|---|---:|---:|\n");
        Flag(sb, "untouched HTML", measured.Select(p => p.UntouchedFlagged).ToList());
        Flag(sb, "untouched dumps", measured.Where(p => p.UntouchedDumpFlagged is not null).Select(p => p.UntouchedDumpFlagged!.Value).ToList());
        Flag(sb, "injected HTML", html.Select(c => c.Flagged).ToList());
        Flag(sb, "injected HTML, visible spam", html.Where(c => c.Method is HidingMethod.VisibleLinks or HidingMethod.KeywordLine).Select(c => c.Flagged).ToList());
        Flag(sb, "injected dumps", dumps.Select(c => c.Flagged).ToList());
        var falseAlarms = measured.Where(p => p.UntouchedFlagged).Select(p => $"{p.Page.Set}/{p.Page.Id}").ToList();
        if (falseAlarms.Count > 0) sb.Append("\nUntouched HTML pages flagged spam: ").Append(string.Join(", ", falseAlarms)).Append('\n');
        var dumpAlarms = measured.Where(p => p.UntouchedDumpFlagged == true).Select(p => $"{p.Page.Set}/{p.Page.Id}").ToList();
        if (dumpAlarms.Count > 0) sb.Append("\nUntouched text dumps flagged spam: ").Append(string.Join(", ", dumpAlarms)).Append('\n');

        sb.Append("\nArticle F1 (shingle4, as score.py) of injected pages against the same pages untouched (pages with full truth):\n\n");
        sb.Append("| pages | cases | untouched | injected | difference |\n|---|---:|---:|---:|---:|\n");
        F1(sb, "HTML", html);
        F1(sb, "text dumps", dumps);

        sb.Append("\nSeed pages:\n\n| seed | flagged spam | obfuscated | spam block labelled spam | expected | ok |\n|---|---|---|---|---|---|\n");
        foreach (SeedOutcome s in seeds)
        {
            string expected = s.ExpectSpam ? "spam, obfuscated, block spam" : "neither";
            string obfuscated = s.Obfuscated is bool o ? YesNo(o) : "n/a (no verdict in this build)";
            sb.Append(C, $"| {s.Name} | {YesNo(s.Flagged)} | {obfuscated} | {(s.SpamBlockLabelled is bool l ? YesNo(l) : "-")} | {expected} | {(s.Passed ? "yes" : "**no**")} |\n");
        }

        sb.Append("\nTargets:\n\n");
        Targets(sb, html, dumps, measured, seeds);
        return sb.ToString();
    }

    private static void Places(StringBuilder sb, List<CaseOutcome> cases, IReadOnlyList<Place> placeList, IReadOnlyList<HidingMethod> methods)
    {
        sb.Append("| method | ").Append(string.Join(" | ", placeList.Select(p => Names.Cell(Names.Of(p))))).Append(" | all |\n");
        sb.Append("|---|").Append(string.Concat(placeList.Select(_ => "---:|"))).Append("---:|\n");
        foreach (HidingMethod m in methods)
        {
            sb.Append("| ").Append(Names.Cell(Names.Of(m))).Append(" |");
            foreach (Place p in placeList) sb.Append(' ').Append(Rate(cases.Where(c => c.Method == m && c.Place == p))).Append(" |");
            sb.Append(" **").Append(Rate(cases.Where(c => c.Method == m))).Append("** |\n");
        }
        sb.Append("| **all** |");
        foreach (Place p in placeList) sb.Append(" **").Append(Rate(cases.Where(c => c.Place == p))).Append("** |");
        sb.Append(" **").Append(Rate(cases)).Append("** |\n");
    }

    private static string Rate(IEnumerable<CaseOutcome> cases)
    {
        var list = cases.ToList();
        return list.Count == 0 ? "-" : string.Format(C, "{0:0.0}% ({1})", 100.0 * list.Count(c => c.Removed) / list.Count, list.Count);
    }

    private static void Flag(StringBuilder sb, string name, List<bool> flags)
    {
        if (flags.Count == 0) return;
        sb.Append(C, $"| {name} | {flags.Count} | {100.0 * flags.Count(f => f) / flags.Count:0.0}% ({flags.Count(f => f)}) |\n");
    }

    /// <summary>Macro shingle F1 of the injected and untouched cleanings over the same cases.</summary>
    public static (double Untouched, double Injected, int Cases) F1(IReadOnlyList<CaseOutcome> cases)
    {
        var scored = cases.Where(c => c.Injected is not null && c.Untouched is not null).ToList();
        if (scored.Count == 0) return (double.NaN, double.NaN, 0);
        double untouched = TextMetrics.ShingleScore(scored.Select(c => c.Untouched!.Value).ToList()).F1;
        double injected = TextMetrics.ShingleScore(scored.Select(c => c.Injected!.Value).ToList()).F1;
        return (untouched, injected, scored.Count);
    }

    private static void F1(StringBuilder sb, string name, List<CaseOutcome> cases)
    {
        var (untouched, injected, n) = F1(cases);
        if (n == 0) return;
        sb.Append(C, $"| {name} | {n} | {untouched:0.0000} | {injected:0.0000} | {injected - untouched:+0.0000;-0.0000;0.0000} |\n");
    }

    private static void Targets(StringBuilder sb, List<CaseOutcome> html, List<CaseOutcome> dumps, List<PageOutcome> pages, IReadOnlyList<SeedOutcome> seeds)
    {
        var groups = html.GroupBy(c => Names.Of(c.Method)).Concat(html.GroupBy(c => Names.Of(c.Place)))
            .Concat(dumps.GroupBy(c => "dump " + Names.Of(c.Method))).Concat(dumps.GroupBy(c => "dump " + Names.Of(c.Place)))
            .Select(g => (Name: g.Key, Rate: (double)g.Count(c => c.Removed) / g.Count())).ToList();
        var short_ = groups.Where(g => g.Rate < RemovalTarget).OrderBy(g => g.Rate).ToList();
        sb.Append(C, $"- at least {RemovalTarget:0%} of blocks removed per method and per place: {(short_.Count == 0 ? "**met**" : "**not met**: " + string.Join(", ", short_.Select(g => $"{Names.Cell(g.Name)} {100 * g.Rate:0.0}%")))}\n");
        double falseFlags = pages.Count == 0 ? 0 : (double)pages.Count(p => p.UntouchedFlagged) / pages.Count;
        var dumped = pages.Where(p => p.UntouchedDumpFlagged is not null).ToList();
        double dumpFlags = dumped.Count == 0 ? 0 : (double)dumped.Count(p => p.UntouchedDumpFlagged == true) / dumped.Count;
        bool flagsMet = falseFlags <= FalseFlagLimit && dumpFlags <= FalseFlagLimit;
        sb.Append(C, $"- at most {FalseFlagLimit:0%} of untouched pages flagged spam: {(flagsMet ? "**met**" : "**not met**")} (HTML {100 * falseFlags:0.0}%, dumps {100 * dumpFlags:0.0}%)\n");
        var (u, i, n) = F1(html);
        var (du, di, dn) = F1(dumps);
        bool f1Met = (n == 0 || u - i <= F1Tolerance) && (dn == 0 || du - di <= F1Tolerance);
        sb.Append(C, $"- article F1 on injected pages within {F1Tolerance} of untouched: {(f1Met ? "**met**" : "**not met**")} (HTML {i - u:+0.0000;-0.0000;0.0000}, dumps {di - du:+0.0000;-0.0000;0.0000})\n");
        sb.Append(C, $"- seeds (001 spam and obfuscated with its block labelled spam, 000 neither): {(seeds.Count > 0 && seeds.All(s => s.Passed) ? "**met**" : "**not met**")}\n");
    }

    private static string YesNo(bool b) => b ? "yes" : "no";
}
