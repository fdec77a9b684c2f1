using System.Globalization;
using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests.Check;

/// <summary>--fail-on, --min-score and how they combine with the config (the command line wins).</summary>
public sealed class CheckPolicyTests
{
    [Fact]
    public async Task Spam_policy_ignores_navigation_and_footer_of_a_dump()
    {
        using var repo = new CheckRepo();
        repo.Write("dump.txt", CheckPages.Dump(spam: false));

        CliRun run = await repo.CheckAsync("dump.txt", "--fail-on", "spam");

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public async Task Boilerplate_policy_fails_a_dump_that_still_has_navigation_and_footer_lines()
    {
        using var repo = new CheckRepo();
        string dump = CheckPages.Dump(spam: true);
        repo.Write("dump.txt", dump);

        CliRun run = await repo.CheckAsync("dump.txt", "--fail-on", "boilerplate");

        Assert.True(run.ExitCode == 1, run.ToString());
        List<FindingLine> findings = FindingLine.All(run);
        var flagged = findings.Select(f => dump.Split('\n')[f.Line - 1]).ToList();
        Assert.Contains(CheckPages.Footer[1], flagged);
        Assert.Contains(CheckPages.SpamLine, flagged);
        Assert.Equal("spam", findings.Single(f => f.Line == CheckPages.LineOf(dump, CheckPages.SpamExcerptStart)).Label);
        Assert.All(findings.Where(f => f.Label == "boilerplate"), f => Assert.DoesNotContain(dump.Split('\n')[f.Line - 1], CheckPages.Paragraphs));
        // No article paragraph is flagged.
        foreach (string p in CheckPages.Paragraphs) Assert.DoesNotContain(p, flagged);
    }

    [Fact]
    public async Task Boilerplate_policy_passes_a_dump_of_article_text_only()
    {
        using var repo = new CheckRepo();
        repo.Write("clean.txt", string.Join("\n\n", CheckPages.Paragraphs) + "\n");

        CliRun run = await repo.CheckAsync("clean.txt", "--fail-on", "boilerplate");

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public async Task Min_score_keeps_exactly_the_findings_at_or_above_it()
    {
        using var repo = new CheckRepo();
        repo.Write("dump.txt", CheckPages.Dump(spam: true));
        List<FindingLine> all = FindingLine.All(await repo.CheckAsync("dump.txt", "--fail-on", "boilerplate", "--min-score", "0"));
        double low = all.Min(f => f.Score), high = all.Max(f => f.Score);
        Assert.True(high - low >= 0.02, $"the page's findings need different scores for this test: {low} to {high}");
        double threshold = Math.Round((low + high) / 2, 2);

        CliRun run = await repo.CheckAsync("dump.txt", "--fail-on", "boilerplate", "--min-score", threshold.ToString(CultureInfo.InvariantCulture));

        List<FindingLine> kept = FindingLine.All(run);
        Assert.NotEmpty(kept);
        Assert.True(kept.Count < all.Count, "some findings fall below the threshold");
        Assert.All(kept, f => Assert.True(f.Score >= threshold, $"{f.Score} < {threshold}"));
        // Printed scores are rounded to two places, so one just under the threshold may print as the threshold.
        Assert.All(all.Except(kept), f => Assert.True(f.Score <= threshold, $"{f.Score} > {threshold} was dropped"));
        Assert.Equal(kept, all.Where(kept.Contains));
    }

    [Fact]
    public async Task The_config_sets_the_policy_and_the_command_line_overrides_it()
    {
        using var repo = new CheckRepo();
        repo.Write("dump.txt", CheckPages.Dump(spam: false));
        repo.Write(".pagecleaner.json", "{ \"failOn\": \"boilerplate\" }");

        CliRun byConfig = await repo.CheckAsync("dump.txt");
        CliRun overridden = await repo.CheckAsync("dump.txt", "--fail-on", "spam");

        Assert.True(byConfig.ExitCode == 1, byConfig.ToString());
        Assert.NotEmpty(FindingLine.All(byConfig));
        Assert.True(overridden.ExitCode == 0, overridden.ToString());
    }

    [Fact]
    public async Task Config_min_score_acts_as_the_option_does_and_the_option_overrides_it()
    {
        using var repo = new CheckRepo();
        repo.Write("dump.txt", CheckPages.Dump(spam: true));
        List<FindingLine> all = FindingLine.All(await repo.CheckAsync("dump.txt", "--fail-on", "boilerplate", "--min-score", "0"));
        string threshold = Math.Round((all.Min(f => f.Score) + all.Max(f => f.Score)) / 2, 2).ToString(CultureInfo.InvariantCulture);
        List<FindingLine> byOption = FindingLine.All(await repo.CheckAsync("dump.txt", "--fail-on", "boilerplate", "--min-score", threshold));
        repo.Write(".pagecleaner.json", $"{{ \"failOn\": \"boilerplate\", \"minScore\": {threshold} }}");

        List<FindingLine> byConfig = FindingLine.All(await repo.CheckAsync("dump.txt"));
        List<FindingLine> overridden = FindingLine.All(await repo.CheckAsync("dump.txt", "--min-score", "0"));

        Assert.True(byOption.Count < all.Count, "the threshold drops some findings");
        Assert.Equal(byOption, byConfig);
        Assert.Equal(all, overridden);
    }
}
