using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests.Check;

/// <summary>Finding <c>.pagecleaner.json</c> by walking up from each file, include/exclude patterns, and --config.</summary>
public sealed class CheckConfigTests
{
    [Fact]
    public async Task A_config_in_a_parent_folder_governs_files_below_it_and_the_nearest_one_wins()
    {
        using var repo = new CheckRepo();
        repo.Write(".pagecleaner.json", "{ \"exclude\": [\"drafts/\"] }");
        repo.Write("site/.pagecleaner.json", "{ \"include\": [\"*.page\"] }");
        repo.Write("drafts/spam.txt", CheckPages.Dump(spam: true));
        repo.Write("news/spam.txt", CheckPages.Dump(spam: true));
        repo.Write("site/spam.txt", CheckPages.Dump(spam: true)); // site's config includes only *.page
        repo.Write("site/deep/spam.page", CheckPages.Dump(spam: true));

        CliRun run = await repo.CheckAsync("drafts/spam.txt", "news/spam.txt", "site/spam.txt", "site/deep/spam.page");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(["news/spam.txt", "site/deep/spam.page"], FindingLine.All(run).Select(f => f.Path));
        Assert.Contains("2 files checked", run.Summary, StringComparison.Ordinal);
        Assert.Contains("2 files not included by the config", run.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_stops_at_the_repository_root()
    {
        using var outer = new TempFolder();
        outer.WriteText(".pagecleaner.json", "{ \"exclude\": [\"*.txt\"] }");
        outer.CreateFolder("repo/.git");
        outer.WriteText("repo/spam.txt", CheckPages.Dump(spam: true));

        CliRun run = await Tool.RunAsync(outer.PathOf("repo"), "check", "spam.txt");

        Assert.True(run.ExitCode == 1, run.ToString()); // the outer config does not exclude it
        Assert.Single(FindingLine.All(run));
    }

    [Fact]
    public async Task Path_patterns_are_relative_to_the_configs_folder()
    {
        using var repo = new CheckRepo();
        repo.Write(".pagecleaner.json", "{ \"include\": [\"pages/**/*.txt\"], \"exclude\": [\"pages/2024/**\", \"**/keep-*.txt\"] }");
        repo.Write("pages/a.txt", CheckPages.Dump(spam: true));
        repo.Write("pages/2025/05/b.txt", CheckPages.Dump(spam: true));
        repo.Write("pages/2024/c.txt", CheckPages.Dump(spam: true));
        repo.Write("pages/2025/keep-d.txt", CheckPages.Dump(spam: true));
        repo.Write("other/pages/e.txt", CheckPages.Dump(spam: true));
        repo.Write("pages/f.html", CheckPages.Html(spam: true));

        CliRun run = await repo.CheckAsync(".");

        Assert.Equal(["pages/2025/05/b.txt", "pages/a.txt"], FindingLine.All(run).Select(f => f.Path));
    }

    [Fact]
    public async Task Given_config_applies_to_every_file_and_no_search_is_made()
    {
        using var repo = new CheckRepo();
        repo.Write("sub/.pagecleaner.json", "{ \"include\": [\"*.nothing\"] }");
        repo.Write("sub/spam.txt", CheckPages.Dump(spam: true));
        repo.Write("ci/strict.json", "{ \"failOn\": \"boilerplate\" }");

        CliRun run = await repo.CheckAsync("--config", "ci/strict.json", "sub/spam.txt");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(FindingLine.All(run), f => f.Label == "boilerplate");
    }

    [Fact]
    public async Task A_missing_given_config_is_a_usage_error()
    {
        using var repo = new CheckRepo();
        repo.Write("spam.txt", CheckPages.Dump(spam: true));

        CliRun run = await repo.CheckAsync("--config", "nope.json", "spam.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("pagecleaner: nope.json: no such config file", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("{ \"minScore\": 0.5", "not valid JSON")]
    [InlineData("[\"*.html\"]", "the config must be a JSON object")]
    [InlineData("{ \"fail_on\": \"spam\" }", "unknown key \"fail_on\"")]
    [InlineData("{ \"failOn\": \"everything\" }", "\"failOn\" must be \"spam\", \"boilerplate\" or \"obfuscated\"")]
    [InlineData("{ \"minScore\": 1.5 }", "\"minScore\" must be a number from 0 to 1")]
    [InlineData("{ \"minScore\": \"high\" }", "\"minScore\" must be a number from 0 to 1")]
    [InlineData("{ \"include\": \"*.html\" }", "\"include\" must be a list of patterns")]
    [InlineData("{ \"exclude\": [3] }", "\"exclude\"[0] must be a string")]
    [InlineData("{ \"exclude\": [\"pages/[abc\"] }", "has a '[' without its ']'")]
    [InlineData("{ \"include\": [\"a/**b/*.txt\"] }", "'**' must stand alone")]
    [InlineData("{ \"include\": [\"pages\\\\*.txt\"] }", "use '/' between folders")]
    [InlineData("{ \"allow\": [\"29b6c46c\"] }", "\"allow\"[0] must be a 16-digit hex hash")]
    [InlineData("{ \"allow\": [{\"hash\": \"29b6c46c81e90f58\", \"why\": \"x\"}] }", "may hold only \"hash\" and \"note\"")]
    [InlineData("{ \"include\": [\"*.txt\", \"a\\ud800\"] }", "a string is not valid text")]
    [InlineData("{ \"allow\": [{\"hash\": \"\\udc00\"}] }", "a string is not valid text")]
    [InlineData("{ \"\\ud800\": 1 }", "a string is not valid text")]
    public async Task A_bad_config_is_one_line_naming_the_file_and_exit_2(string config, string problem)
    {
        using var repo = new CheckRepo();
        repo.Write("pages/.pagecleaner.json", config);
        repo.Write("pages/spam.txt", CheckPages.Dump(spam: true));

        CliRun run = await repo.CheckAsync("pages/spam.txt");

        Assert.Equal(2, run.ExitCode);
        string line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("pagecleaner: pages/.pagecleaner.json: ", line, StringComparison.Ordinal);
        Assert.Contains(problem, line, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
        run.AssertNoStackTrace();
    }

    [Fact]
    public async Task Comments_trailing_commas_and_dollar_keys_are_accepted()
    {
        using var repo = new CheckRepo();
        repo.Write(".pagecleaner.json", "{\n  // scraped news pages\n  \"$comment\": \"see README\",\n  \"exclude\": [\"old/\",],\n}\n");
        repo.Write("old/spam.txt", CheckPages.Dump(spam: true));

        CliRun run = await repo.CheckAsync("old/spam.txt");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("1 file not included by the config", run.Summary, StringComparison.Ordinal);
    }
}
