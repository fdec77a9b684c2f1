using System.Text.Json;
using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests;

/// <summary><c>clean</c> with no inputs, or with <c>-</c>, reads the page from standard input.</summary>
public sealed class CleanStdinTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Reads_standard_input_and_cleans_it_like_the_same_file(bool dash)
    {
        using var temp = new TempFolder();
        temp.WriteBytes("article.html", TestPages.Fixture("article.html"));
        CliRun fromFile = await Tool.RunAsync(temp.Root, "clean", "article.html");

        CliRun fromStdin = await Tool.RunWithStdinAsync(temp.Root, TestPages.Fixture("article.html"), ["clean", .. Inputs(dash)]);

        Assert.True(fromStdin.ExitCode == 0, fromStdin.ToString());
        Assert.Contains(TestPages.ArticleParagraphs[1], fromStdin.StdoutText, StringComparison.Ordinal);
        Assert.Equal(fromFile.StdoutText, fromStdin.StdoutText);
        Assert.StartsWith("pagecleaner: 1 pages, 0 failed,", Assert.Single(fromStdin.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Json_from_standard_input_names_the_source_dash(bool dash)
    {
        using var temp = new TempFolder();

        CliRun run = await Tool.RunWithStdinAsync(temp.Root, TestPages.Fixture("dump.txt"), ["clean", "--format", "json", .. Inputs(dash)]);

        Assert.True(run.ExitCode == 0, run.ToString());
        JsonElement page = Assert.Single(run.JsonLines());
        Assert.Equal("-", page.GetProperty("source").GetString());
        Assert.Equal("text", page.GetProperty("format").GetString());
        Assert.Contains(TestPages.DumpParagraph, page.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    private static string[] Inputs(bool dash) => dash ? ["-"] : [];

    [Fact]
    public async Task Empty_standard_input_is_one_error_and_exit_code_1()
    {
        using var temp = new TempFolder();

        CliRun run = await Tool.RunWithStdinAsync(temp.Root, [], "clean");

        Assert.Equal(1, run.ExitCode);
        string problem = Assert.Single(run.ProblemLines);
        Assert.StartsWith("pagecleaner: -: ", problem, StringComparison.Ordinal);
        Assert.Contains("empty", problem, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
        run.AssertNoStackTrace();
    }
}
