using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests;

/// <summary>A wrong command line exits with code 2 and a message on stderr, and does no work.</summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("--bogus", "clean", "--bogus", "page.html")]
    [InlineData("-z", "clean", "page.html", "-z")]
    [InlineData("xml", "clean", "--format", "xml", "page.html")]
    [InlineData("pdf", "clean", "--input", "pdf", "page.html")]
    [InlineData("--threads", "clean", "--threads", "0", "page.html")]
    [InlineData("--threads", "clean", "--threads", "-3", "page.html")]
    [InlineData("many", "clean", "--threads", "many", "page.html")]
    [InlineData("--max-page-mb", "clean", "--max-page-mb", "0", "page.html")]
    [InlineData("lots", "clean", "--max-page-mb", "lots", "page.html")]
    [InlineData("--format", "clean", "page.html", "--format")]
    [InlineData("--content-threshold", "clean", "--content-threshold", "1.5", "page.html")]
    [InlineData("--content-threshold", "clean", "--content-threshold", "-0.1", "page.html")]
    [InlineData("frobnicate", "frobnicate", "page.html")]
    [InlineData("--bogus", "train", "--bogus")]
    [InlineData("seven", "train", "--seed", "seven")]
    public async Task Exits_2_with_a_message_naming_the_problem(string named, params string[] args)
    {
        using var temp = new TempFolder();
        temp.WriteBytes("page.html", TestPages.Fixture("article.html"));

        CliRun run = await Tool.RunAsync(temp.Root, args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.NotEmpty(run.ErrorLines);
        Assert.StartsWith("pagecleaner: ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains(named, run.Stderr, StringComparison.Ordinal);
        Assert.Contains("--help", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout); // nothing was cleaned
        Assert.Equal(["page.html"], temp.FilesUnder()); // nothing was written
        run.AssertNoStackTrace();
    }

    [Fact]
    public async Task No_command_at_all_is_a_usage_error()
    {
        using var temp = new TempFolder();

        CliRun run = await Tool.RunAsync(temp.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("command", run.Stderr, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public async Task Help_goes_to_stdout_and_exits_0()
    {
        using var temp = new TempFolder();

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (string option in new[] { "--output", "--format", "--input", "--threads", "--model", "--overwrite", "--max-page-mb" })
        {
            Assert.Contains(option, run.StdoutText, StringComparison.Ordinal);
        }
    }
}
