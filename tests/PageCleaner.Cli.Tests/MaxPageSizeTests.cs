using System.Text;
using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests;

/// <summary>--max-page-mb sets the size over which a page is refused.</summary>
public sealed class MaxPageSizeTests
{
    private static void WritePageOfAboutOneAndAHalfMiB(TempFolder temp)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><title>Long read</title></head><body><article>\n");
        var random = new Random(3);
        while (html.Length < 1_500_000) html.Append("<p>").Append(TestPages.Paragraph(random)).Append("</p>\n");
        html.Append("</article></body></html>\n");
        temp.WriteText("long.html", html.ToString());
    }

    [Fact]
    public async Task A_page_over_the_given_limit_is_refused()
    {
        using var temp = new TempFolder();
        WritePageOfAboutOneAndAHalfMiB(temp);

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "long.html", "--max-page-mb", "1");

        Assert.Equal(1, run.ExitCode);
        string problem = Assert.Single(run.ProblemLines);
        Assert.StartsWith("pagecleaner: long.html: page is 1.4 MiB, over the limit of 1 MiB", problem, StringComparison.Ordinal);
        Assert.Contains("--max-page-mb", problem, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public async Task Raising_the_limit_lets_the_same_page_through()
    {
        using var temp = new TempFolder();
        WritePageOfAboutOneAndAHalfMiB(temp);

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "long.html", "--max-page-mb", "2", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Single(run.JsonLines());
        Assert.Empty(run.ProblemLines);
    }

    [Fact]
    public async Task The_limit_also_applies_to_standard_input()
    {
        using var temp = new TempFolder();
        WritePageOfAboutOneAndAHalfMiB(temp);

        CliRun run = await Tool.RunWithStdinAsync(temp.Root, temp.ReadBytes("long.html"), "clean", "--max-page-mb", "1");

        Assert.Equal(1, run.ExitCode);
        string problem = Assert.Single(run.ProblemLines);
        Assert.StartsWith("pagecleaner: -: page is 1.4 MiB, over the limit of 1 MiB", problem, StringComparison.Ordinal);
        Assert.Contains("--max-page-mb", problem, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }
}
