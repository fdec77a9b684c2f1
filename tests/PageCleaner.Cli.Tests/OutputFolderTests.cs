using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests;

/// <summary><c>clean -o DIR</c>: each page's result goes to its relative path under DIR with the format's extension.</summary>
public sealed class OutputFolderTests
{
    [Theory]
    [InlineData("text", ".txt")]
    [InlineData("markdown", ".md")]
    [InlineData("json", ".json")]
    public async Task Results_mirror_the_input_tree_with_the_format_extension(string format, string extension)
    {
        using var temp = new TempFolder();
        SiteFolder.Write(temp, "site");

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "site", "-o", "results/run1", "--format", format);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.Stdout);
        var expected = SiteFolder.Pages.Select(p => SiteFolder.ResultOf(p, extension)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, temp.FilesUnder("results/run1"));
        Assert.Contains("upper/PAGE" + extension, expected); // the extension is replaced whatever its case
        Assert.StartsWith($"pagecleaner: {SiteFolder.Pages.Length} pages, 0 failed, 0 skipped", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text", ".txt")]
    [InlineData("markdown", ".md")]
    [InlineData("json", ".json")]
    public async Task Each_result_file_holds_what_cleaning_that_page_alone_prints(string format, string extension)
    {
        using var temp = new TempFolder();
        SiteFolder.Write(temp, "site");

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "site", "-o", "out", "--format", format);

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (string page in SiteFolder.Pages)
        {
            CliRun alone = await Tool.RunAsync(temp.Root, "clean", "site/" + page, "--format", format);
            Assert.True(alone.ExitCode == 0, alone.ToString());
            Assert.NotEmpty(alone.Stdout);
            Assert.Equal(alone.Stdout, temp.ReadBytes("out/" + SiteFolder.ResultOf(page, extension)));
        }
        Assert.Contains(TestPages.ArticleParagraphs[0], temp.ReadText("out/" + SiteFolder.ResultOf("news/2025/harbor.html", extension)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_temporary_files_are_left_behind()
    {
        using var temp = new TempFolder();
        SiteFolder.Write(temp, "site");

        CliRun first = await Tool.RunAsync(temp.Root, "clean", "site", "-o", "out", "--format", "json");
        CliRun again = await Tool.RunAsync(temp.Root, "clean", "site", "-o", "out", "--format", "json", "--overwrite");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.DoesNotContain(temp.FilesUnder(), f => f.EndsWith(".pctmp", StringComparison.Ordinal));
        Assert.Equal(SiteFolder.Pages.Length, temp.FilesUnder("out").Count);
    }

    [Fact]
    public async Task A_single_file_input_goes_to_its_name_under_the_output_folder()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("in/deep/article.html", TestPages.Fixture("article.html"));

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "in/deep/article.html", "-o", "out", "--format", "markdown");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["article.md"], temp.FilesUnder("out"));
        Assert.StartsWith("# " + TestPages.ArticleHeading + "\n", temp.ReadText("out/article.md"), StringComparison.Ordinal);
    }
}
