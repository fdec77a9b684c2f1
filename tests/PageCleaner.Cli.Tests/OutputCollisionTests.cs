using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests;

/// <summary>
/// When two inputs map to the same result file under -o, the first in input order gets it and the other is
/// reported; the outcome does not depend on the thread count.
/// </summary>
public sealed class OutputCollisionTests
{
    [Theory]
    [InlineData("1", false)]
    [InlineData("4", false)]
    [InlineData("1", true)]
    [InlineData("4", true)]
    public async Task Page_htm_and_page_html_in_one_folder(string threads, bool overwrite)
    {
        using var temp = new TempFolder();
        GeneratedPage htm = TestPages.Article(501), html = TestPages.Article(502);
        temp.WriteText("site/page.htm", htm.Content);
        temp.WriteText("site/page.html", html.Content);
        string[] args = ["clean", "site", "-o", "out", "--threads", threads, .. overwrite ? new[] { "--overwrite" } : []];

        CliRun run = await Tool.RunAsync(temp.Root, args);

        Assert.Equal(1, run.ExitCode);
        string problem = Assert.Single(run.ProblemLines);
        Assert.StartsWith("pagecleaner: site/page.html: ", problem, StringComparison.Ordinal);
        Assert.Contains("site/page.htm ", problem, StringComparison.Ordinal);
        Assert.Equal(["page.txt"], temp.FilesUnder("out"));
        string result = temp.ReadText("out/page.txt");
        Assert.Contains(htm.Paragraphs[0], result, StringComparison.Ordinal);
        Assert.DoesNotContain(html.Paragraphs[0], result, StringComparison.Ordinal);
        Assert.StartsWith("pagecleaner: 2 pages, 1 failed, 0 skipped", run.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_relative_path_in_two_input_folders()
    {
        using var temp = new TempFolder();
        GeneratedPage first = TestPages.Article(503), second = TestPages.Article(504);
        temp.WriteText("a/news/index.html", first.Content);
        temp.WriteText("b/news/index.html", second.Content);
        temp.WriteText("b/news/other.html", TestPages.Article(505).Content);

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "a", "b", "-o", "out", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        string problem = Assert.Single(run.ProblemLines);
        Assert.StartsWith("pagecleaner: b/news/index.html: ", problem, StringComparison.Ordinal);
        Assert.Contains("a/news/index.html", problem, StringComparison.Ordinal);
        Assert.Equal(["news/index.json", "news/other.json"], temp.FilesUnder("out"));
        Assert.Contains("\"source\":\"a/news/index.html\"", temp.ReadText("out/news/index.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_output_folder_the_same_names_are_no_problem()
    {
        using var temp = new TempFolder();
        temp.WriteText("site/page.htm", TestPages.Article(501).Content);
        temp.WriteText("site/page.html", TestPages.Article(502).Content);

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "site", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, run.JsonLines().Count);
    }
}
