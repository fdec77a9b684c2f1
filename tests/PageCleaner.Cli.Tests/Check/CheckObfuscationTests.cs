using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests.Check;

/// <summary>
/// <c>check</c> and obfuscated pages: noted on stderr under the default policy, a failing <c>obfuscated</c> finding
/// under <c>--fail-on obfuscated</c> (or <c>"failOn": "obfuscated"</c> in the config), accepted by its hash.
/// </summary>
public sealed class CheckObfuscationTests
{
    [Fact]
    public async Task Under_the_default_policy_an_obfuscated_page_is_noted_and_passes()
    {
        using var repo = new CheckRepo();
        repo.Write("farm.txt", ObfuscatedPages.Dump(annotated: true));

        CliRun run = await repo.CheckAsync("farm.txt");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.Stdout);
        string note = Assert.Single(run.ProblemLines);
        Assert.Matches(@"^pagecleaner: farm\.txt:1: obfuscated page \(pinyin annotations [0-9]+, zero-width 0, homoglyphs 0\), not failing under --fail-on spam$", note);
    }

    [Fact]
    public async Task Fail_on_obfuscated_makes_it_a_finding_and_fails()
    {
        using var repo = new CheckRepo();
        repo.Write("farm.txt", ObfuscatedPages.Dump(annotated: true));
        repo.Write("plain.txt", ObfuscatedPages.Dump(annotated: false));

        CliRun run = await repo.CheckAsync("--fail-on", "obfuscated", "farm.txt", "plain.txt");

        Assert.True(run.ExitCode == 1, run.ToString());
        FindingLine finding = Assert.Single(FindingLine.All(run));
        Assert.Equal("farm.txt", finding.Path);
        Assert.Equal(1, finding.Line);
        Assert.Equal("obfuscated", finding.Label);
        Assert.Equal(1.0, finding.Score);
        Assert.StartsWith("pinyin annotations ", finding.Excerpt, StringComparison.Ordinal);
        Assert.Contains("check failed: 2 files checked, 1 finding (0 allowed), 0 errors", run.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_config_can_ask_for_it_and_allow_the_page_by_its_hash()
    {
        using var repo = new CheckRepo();
        repo.Write("farm.txt", ObfuscatedPages.Dump(annotated: true));
        repo.Write(".pagecleaner.json", """{ "failOn": "obfuscated" }""");
        CliRun failing = await repo.CheckAsync("farm.txt");
        Assert.Equal(1, failing.ExitCode);
        string hash = Assert.Single(FindingLine.All(failing)).Hash;

        repo.Write(".pagecleaner.json", $$"""{ "failOn": "obfuscated", "allow": ["{{hash}}"] }""");
        CliRun allowed = await repo.CheckAsync("farm.txt");

        Assert.True(allowed.ExitCode == 0, allowed.ToString());
        Assert.Contains("1 finding", failing.Summary, StringComparison.Ordinal);
        Assert.Contains("0 findings (1 allowed)", allowed.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fix_leaves_an_obfuscated_dump_as_it_is_and_says_why()
    {
        using var repo = new CheckRepo();
        string dump = ObfuscatedPages.Dump(annotated: true);
        repo.Write("farm.txt", dump);

        CliRun run = await repo.CheckAsync("--fail-on", "obfuscated", "--fix", "farm.txt");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(dump, repo.Read("farm.txt"));
        Assert.Contains(run.ErrorLines, l => l.Contains("farm.txt: not rewritten", StringComparison.Ordinal) && l.Contains("--repair", StringComparison.Ordinal));
        run.AssertNoStackTrace();
    }

    [Fact]
    public async Task Jsonl_documents_get_the_finding_at_their_line()
    {
        using var repo = new CheckRepo();
        repo.Write("docs.jsonl", CheckPages.JsonLine(1, "text", ObfuscatedPages.Dump(annotated: false)) + "\n" + CheckPages.JsonLine(2, "text", ObfuscatedPages.Dump(annotated: true)) + "\n");

        CliRun run = await repo.CheckAsync("--fail-on", "obfuscated", "docs.jsonl");

        Assert.Equal(1, run.ExitCode);
        FindingLine finding = Assert.Single(FindingLine.All(run));
        Assert.Equal(2, finding.Line);
        Assert.Equal("obfuscated", finding.Label);
    }
}
