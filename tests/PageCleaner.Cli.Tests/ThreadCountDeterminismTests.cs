using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests;

/// <summary>The number of threads changes nothing in what clean writes: same bytes, same order.</summary>
public sealed class ThreadCountDeterminismTests
{
    private const int PageCount = 10;

    private static void WritePages(TempFolder temp)
    {
        for (int i = 0; i < 7; i++) temp.WriteText($"pages/{(i % 3 == 0 ? "" : $"section{i % 3}/")}story-{i}.html", TestPages.Article(40 + i).Content);
        temp.WriteText("pages/section1/dump-a.txt", TestPages.Dump(60).Content);
        temp.WriteBytes("pages/section2/dump-b.txt", TestPages.Fixture("dump.txt"));
        temp.WriteBytes("pages/article.htm", TestPages.Fixture("article.html"));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("text")]
    [InlineData("markdown")]
    public async Task Stdout_is_byte_identical_with_one_and_four_threads(string format)
    {
        using var temp = new TempFolder();
        WritePages(temp);

        CliRun one = await Tool.RunAsync(temp.Root, "clean", "pages", "--format", format, "--threads", "1");
        CliRun four = await Tool.RunAsync(temp.Root, "clean", "pages", "--format", format, "--threads", "4");

        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.True(four.ExitCode == 0, four.ToString());
        Assert.StartsWith($"pagecleaner: {PageCount} pages, 0 failed,", one.Summary, StringComparison.Ordinal);
        Assert.Contains(TestPages.ArticleParagraphs[0], one.StdoutText, StringComparison.Ordinal);
        if (format == "json") Assert.Equal(PageCount, one.JsonLines().Count);
        Assert.Equal(one.Stdout, four.Stdout);
        // The summary counts (everything before the timing) agree too.
        Assert.Equal(one.Summary.Split("; ")[..2], four.Summary.Split("; ")[..2]);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("text")]
    public async Task Output_files_are_identical_with_one_and_four_threads(string format)
    {
        using var temp = new TempFolder();
        WritePages(temp);

        CliRun one = await Tool.RunAsync(temp.Root, "clean", "pages", "-o", "out1", "--format", format, "--threads", "1");
        CliRun four = await Tool.RunAsync(temp.Root, "clean", "pages", "-o", "out4", "--format", format, "--threads", "4");

        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.True(four.ExitCode == 0, four.ToString());
        List<string> files = temp.FilesUnder("out1");
        Assert.Equal(PageCount, files.Count);
        Assert.Equal(files, temp.FilesUnder("out4"));
        foreach (string file in files) Assert.Equal(temp.ReadBytes("out1/" + file), temp.ReadBytes("out4/" + file));
    }
}
