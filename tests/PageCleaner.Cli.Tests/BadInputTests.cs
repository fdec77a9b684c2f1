using System.Text;
using System.Text.Json;
using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests;

/// <summary>
/// A bad input gives one line "pagecleaner: NAME: reason" on stderr and exit code 1; the good page given with it is
/// still cleaned, and no stack trace is printed.
/// </summary>
public sealed class BadInputTests
{
    [Fact]
    public async Task Missing_file()
    {
        using var temp = new TempFolder();
        CliRun run = await CleanWithGoodPage(temp, "missing.html");
        AssertReportedAndGoodPageCleaned(run, "missing.html", "no such file or folder");
    }

    [Fact]
    public async Task Folder_without_pages()
    {
        using var temp = new TempFolder();
        temp.WriteText("assets/style.css", "p { margin: 0; }\n");
        temp.WriteText("assets/notes.md", "# not a page\n");
        CliRun run = await CleanWithGoodPage(temp, "assets");
        AssertReportedAndGoodPageCleaned(run, "assets", "folder holds no pages");
    }

    [Fact]
    public async Task Empty_file()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("empty.html", []);
        CliRun run = await CleanWithGoodPage(temp, "empty.html");
        AssertReportedAndGoodPageCleaned(run, "empty.html", "empty");
    }

    [Fact]
    public async Task Whitespace_only_file()
    {
        using var temp = new TempFolder();
        temp.WriteText("blank.txt", "  \n\n\t \r\n");
        CliRun run = await CleanWithGoodPage(temp, "blank.txt");
        AssertReportedAndGoodPageCleaned(run, "blank.txt", "no text");
    }

    [Fact]
    public async Task Binary_file_with_png_magic_bytes()
    {
        using var temp = new TempFolder();
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        byte[] magic = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        magic.CopyTo(bytes, 0);
        temp.WriteBytes("picture.html", bytes);
        CliRun run = await CleanWithGoodPage(temp, "picture.html");
        AssertReportedAndGoodPageCleaned(run, "picture.html", "not a page", "PNG");
    }

    [Fact]
    public async Task Random_binary_without_magic_bytes()
    {
        using var temp = new TempFolder();
        var bytes = new byte[4096];
        new Random(11).NextBytes(bytes);
        bytes[0] = (byte)'x'; // no known signature: the control bytes alone must give it away
        temp.WriteBytes("noise.txt", bytes);
        CliRun run = await CleanWithGoodPage(temp, "noise.txt");
        AssertReportedAndGoodPageCleaned(run, "noise.txt", "not a page", "binary");
    }

    [Fact]
    public async Task Page_of_50_MiB_is_refused_with_the_limit_and_the_option_to_raise_it()
    {
        using var temp = new TempFolder();
        WriteHugePage(temp.PathOf("huge.html"), 50L * 1024 * 1024);
        CliRun run = await CleanWithGoodPage(temp, "huge.html");
        AssertReportedAndGoodPageCleaned(run, "huge.html", "50.0 MiB", "limit of 20 MiB", "--max-page-mb");
    }

    [Theory]
    [InlineData("<h2>", 2)] // ends with "<h"
    [InlineData("<p class=\"byline\">", 9)] // ends inside the attribute: <p class="b
    [InlineData("href=\"/privacy", 10)] // ends inside a footer link's attribute value
    public async Task Truncated_html_is_cleaned_best_effort_not_refused(string marker, int keep)
    {
        using var temp = new TempFolder();
        string page = Encoding.UTF8.GetString(TestPages.Fixture("article.html"));
        int cut = page.IndexOf(marker, StringComparison.Ordinal) + keep;
        Assert.True(cut > keep, "marker not found in the fixture");
        temp.WriteText("truncated.html", page[..cut]);

        CliRun run = await CleanWithGoodPage(temp, "truncated.html");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.ProblemLines);
        var pages = run.JsonLines();
        Assert.Equal(["truncated.html", "good.html"], pages.Select(p => p.GetProperty("source").GetString()));
        string blocks = string.Join("\n", pages[0].GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("text").GetString()));
        Assert.Contains(TestPages.ArticleHeading, blocks, StringComparison.Ordinal);
        Assert.Contains(TestPages.ArticleHeading, pages[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        if (marker != "<p class=\"byline\">")
        {
            Assert.Contains(TestPages.ArticleParagraphs[0], pages[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        }
        run.AssertNoStackTrace();
    }

    [Fact]
    public async Task Html_nested_100000_deep_gives_a_best_effort_result_with_its_text()
    {
        using var temp = new TempFolder();
        const int depth = 100_000;
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Nested</title></head><body>\n");
        html.Append("<p>Above the nest: ").Append(TestPages.ArticleParagraphs[0]).Append("</p>\n");
        for (int i = 0; i < depth; i++) html.Append("<div>");
        html.Append("<p>Deep inside: ").Append(TestPages.ArticleParagraphs[1]).Append("</p>");
        for (int i = 0; i < depth; i++) html.Append("</div>");
        html.Append("\n</body></html>\n");
        temp.WriteText("nested.html", html.ToString());

        CliRun run = await CleanWithGoodPage(temp, "nested.html");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.ProblemLines);
        var pages = run.JsonLines();
        Assert.Equal(["nested.html", "good.html"], pages.Select(p => p.GetProperty("source").GetString()));
        string blocks = string.Join("\n", pages[0].GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("text").GetString()));
        Assert.Contains("Above the nest: " + TestPages.ArticleParagraphs[0], blocks, StringComparison.Ordinal);
        Assert.Contains("Deep inside: " + TestPages.ArticleParagraphs[1], blocks, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    private static Task<CliRun> CleanWithGoodPage(TempFolder temp, string badName)
    {
        temp.WriteBytes("good.html", TestPages.Fixture("article.html"));
        return Tool.RunAsync(temp.Root, "clean", badName, "good.html", "--format", "json");
    }

    private static void AssertReportedAndGoodPageCleaned(CliRun run, string badName, params string[] reasonParts)
    {
        Assert.True(run.ExitCode == 1, run.ToString());
        string problem = Assert.Single(run.ProblemLines);
        Assert.StartsWith($"pagecleaner: {badName}: ", problem, StringComparison.Ordinal);
        foreach (string part in reasonParts) Assert.Contains(part, problem, StringComparison.Ordinal);
        Assert.StartsWith("pagecleaner: ", run.Summary, StringComparison.Ordinal);
        Assert.Contains(" pages/s", run.Summary, StringComparison.Ordinal);
        JsonElement good = Assert.Single(run.JsonLines());
        Assert.Equal("good.html", good.GetProperty("source").GetString());
        Assert.Contains(TestPages.ArticleParagraphs[0], good.GetProperty("text").GetString(), StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    // A real page, repeated paragraphs up to the size asked for.
    private static void WriteHugePage(string path, long size)
    {
        byte[] paragraph = Encoding.UTF8.GetBytes("<p>" + TestPages.ArticleParagraphs[2].Replace("\"", "&quot;", StringComparison.Ordinal) + "</p>\n");
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        file.Write("<!DOCTYPE html><html><head><title>Huge</title></head><body>\n"u8);
        while (file.Length < size) file.Write(paragraph);
        file.Write("</body></html>\n"u8);
    }
}
