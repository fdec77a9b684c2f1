using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests;

/// <summary>A result is never written over an input, even with -o set to the input folder and --overwrite.</summary>
public sealed class InputProtectionTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Output_folder_equal_to_the_input_folder_refuses_to_overwrite_text_inputs(bool overwrite)
    {
        using var temp = new TempFolder();
        temp.WriteBytes("pages/ferry.txt", TestPages.Fixture("dump.txt"));
        temp.WriteText("pages/sub/other.txt", TestPages.Dump(5).Content);
        temp.WriteBytes("pages/article.html", TestPages.Fixture("article.html"));
        byte[] ferry = temp.ReadBytes("pages/ferry.txt"), other = temp.ReadBytes("pages/sub/other.txt");
        string[] args = overwrite ? ["clean", "pages", "-o", "pages", "--format", "text", "--overwrite"] : ["clean", "pages", "-o", "pages", "--format", "text"];

        CliRun run = await Tool.RunAsync(temp.Root, args);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(ferry, temp.ReadBytes("pages/ferry.txt"));
        Assert.Equal(other, temp.ReadBytes("pages/sub/other.txt"));
        Assert.Equal(2, run.ProblemLines.Count);
        Assert.StartsWith("pagecleaner: pages/ferry.txt: ", run.ProblemLines[0], StringComparison.Ordinal);
        Assert.StartsWith("pagecleaner: pages/sub/other.txt: ", run.ProblemLines[1], StringComparison.Ordinal);
        Assert.All(run.ProblemLines, l => Assert.Contains("overwrite an input", l, StringComparison.Ordinal));
        // The HTML page, whose result is not an input, is still cleaned next to it.
        Assert.Contains(TestPages.ArticleParagraphs[0], temp.ReadText("pages/article.txt"), StringComparison.Ordinal);
        Assert.StartsWith("pagecleaner: 3 pages, 2 failed,", run.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(temp.FilesUnder(), f => f.EndsWith(".pctmp", StringComparison.Ordinal));
        run.AssertNoStackTrace();
    }

    [Fact]
    public async Task An_html_page_whose_result_name_is_another_input_is_refused()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("pages/story.html", TestPages.Fixture("article.html"));
        temp.WriteBytes("pages/story.txt", TestPages.Fixture("dump.txt"));
        byte[] dump = temp.ReadBytes("pages/story.txt");

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "pages", "-o", "pages", "--overwrite");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(dump, temp.ReadBytes("pages/story.txt"));
        Assert.Contains(run.ProblemLines, l => l.StartsWith("pagecleaner: pages/story.html: ", StringComparison.Ordinal) && l.Contains("overwrite an input", StringComparison.Ordinal));
    }
}
