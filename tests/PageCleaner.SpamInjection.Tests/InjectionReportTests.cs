using PageCleaner.Learning.Evaluation;
using PageCleaner.SpamInjection.Evaluation;
using PageCleaner.SpamInjection.Injection;

namespace PageCleaner.SpamInjection.Tests;

/// <summary>The report's figures and verdicts from crafted outcomes.</summary>
public sealed class InjectionReportTests
{
    private static readonly TextMetrics.ShingleCounts Perfect = new(1, 0, 0), Half = new(0.5, 0.5, 0);

    private static PageOutcome Page(string id, bool flagged, params CaseOutcome[] cases) =>
        new(new DevPage("set", id, id + ".html", "truth", "truth"), flagged, null, cases);

    private static CaseOutcome Case(HidingMethod m, Place p, bool removed, TextMetrics.ShingleCounts? injected = null) =>
        new(false, m, p, removed, true, injected ?? Perfect, Perfect);

    private static readonly SeedOutcome[] Seeds = [new("000_a.txt", false, false, false, null), new("001_b.txt", true, true, true, true)];

    [Fact]
    public void All_blocks_removed_and_no_false_flag_meets_the_targets()
    {
        var pages = Enumerable.Range(0, 100).Select(i => Page($"p{i}", false, Case(HidingMethod.DisplayNone, Place.PageEnd, true))).ToList();
        string report = InjectionReport.Write("t", pages, Seeds);
        Assert.Contains("| display:none | - | - | 100.0% (100) | - | **100.0% (100)** |", report, StringComparison.Ordinal);
        Assert.DoesNotContain("not met", report, StringComparison.Ordinal);
    }

    [Fact]
    public void One_block_left_in_fifty_misses_the_removal_target_and_names_the_method()
    {
        var pages = Enumerable.Range(0, 50).Select(i => Page($"p{i}", false, Case(HidingMethod.Marquee, Place.AfterHtml, i != 0))).ToList();
        string report = InjectionReport.Write("t", pages, Seeds);
        Assert.Contains("**not met**: &lt;marquee> 98.0%", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_flagged_untouched_pages_in_a_hundred_miss_the_false_flag_limit()
    {
        var pages = Enumerable.Range(0, 100).Select(i => Page($"p{i}", i < 2, Case(HidingMethod.KeywordLine, Place.PageEnd, true))).ToList();
        string report = InjectionReport.Write("t", pages, Seeds);
        Assert.Contains("flagged spam: **not met** (HTML 2.0%, dumps 0.0%)", report, StringComparison.Ordinal);
        Assert.Contains("Untouched HTML pages flagged spam: set/p0, set/p1\n", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Flagged_untouched_dumps_count_against_the_false_flag_limit_on_their_own()
    {
        var pages = Enumerable.Range(0, 100)
            .Select(i => Page($"p{i}", false, Case(HidingMethod.KeywordLine, Place.PageEnd, true)) with { UntouchedDumpFlagged = i < 2 })
            .ToList();
        string report = InjectionReport.Write("t", pages, Seeds);
        Assert.Contains("| untouched dumps | 100 | 2.0% (2) |", report, StringComparison.Ordinal);
        Assert.Contains("flagged spam: **not met** (HTML 0.0%, dumps 2.0%)", report, StringComparison.Ordinal);
        Assert.Contains("Untouched text dumps flagged spam: set/p0, set/p1\n", report, StringComparison.Ordinal);
    }

    [Fact]
    public void The_f1_difference_compares_the_same_cases_untouched_and_injected()
    {
        var cases = new List<CaseOutcome> { Case(HidingMethod.VisibleLinks, Place.InsideArticle, false, Half), Case(HidingMethod.VisibleLinks, Place.PageEnd, true) };
        var (untouched, injected, n) = InjectionReport.F1(cases);
        Assert.Equal(2, n);
        Assert.Equal(1.0, untouched, 6);
        Assert.True(injected < untouched - 0.005);
        Assert.Contains("within 0.005 of untouched: **not met**", InjectionReport.Write("t", [Page("a", false, [.. cases])], Seeds), StringComparison.Ordinal);
    }

    [Fact]
    public void A_seed_without_the_obfuscation_verdict_fails_the_seed_target()
    {
        SeedOutcome[] seeds = [new("000_a.txt", false, false, null, null), new("001_b.txt", true, true, null, true)];
        Assert.True(seeds[0].Passed);
        Assert.False(seeds[1].Passed);
        string report = InjectionReport.Write("t", [Page("a", false, Case(HidingMethod.DisplayNone, Place.PageEnd, true))], seeds);
        Assert.Contains("n/a (no verdict in this build)", report, StringComparison.Ordinal);
        Assert.Contains("000 neither): **not met**", report, StringComparison.Ordinal);
    }
}
