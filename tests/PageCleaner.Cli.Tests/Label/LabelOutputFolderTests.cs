using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests.Label;

/// <summary>Files under -o: existing ones kept unless --overwrite, never an input overwritten, one owner per file.</summary>
public sealed class LabelOutputFolderTests
{
    private static readonly DateTime LongAgo = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    [Fact]
    public async Task Existing_files_are_kept_and_their_pages_skipped_unless_overwrite_is_given()
    {
        using var temp = new TempFolder();
        SiteFolder.Write(temp, "site");
        CliRun first = await Tool.RunAsync(temp.Root, "label", "site", "-o", "out");
        Assert.True(first.ExitCode == 0, first.ToString());
        byte[] original = temp.ReadBytes("out/index.html");
        temp.WriteText("out/index.html", "<p data-pc-label=\"content\">corrected by hand</p>\n");
        File.SetLastWriteTimeUtc(temp.PathOf("out/index.html"), LongAgo);

        CliRun second = await Tool.RunAsync(temp.Root, "label", "site", "-o", "out");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.StartsWith("pagecleaner: 5 pages, 0 failed, 5 skipped (output exists); wrote 0 annotated HTML and 0 labeled dumps, kept 9 existing;", Assert.Single(second.ErrorLines), StringComparison.Ordinal);
        Assert.Equal("<p data-pc-label=\"content\">corrected by hand</p>\n", temp.ReadText("out/index.html"));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(temp.PathOf("out/index.html")));

        CliRun third = await Tool.RunAsync(temp.Root, "label", "site", "-o", "out", "--overwrite");

        Assert.True(third.ExitCode == 0, third.ToString());
        Assert.StartsWith("pagecleaner: 5 pages, 0 failed, 0 skipped (output exists); wrote 4 annotated HTML and 5 labeled dumps;", Assert.Single(third.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(original, temp.ReadBytes("out/index.html"));
        Assert.DoesNotContain(temp.FilesUnder(), f => f.EndsWith(".pctmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_file_of_a_page_is_written_and_its_other_file_kept()
    {
        using var temp = new TempFolder();
        SiteFolder.Write(temp, "site");
        await Tool.RunAsync(temp.Root, "label", "site", "-o", "out");
        byte[] html = temp.ReadBytes("out/index.html");
        byte[] dump = temp.ReadBytes("out/index.labeled.txt");
        File.Delete(temp.PathOf("out/index.labeled.txt"));
        File.SetLastWriteTimeUtc(temp.PathOf("out/index.html"), LongAgo);

        CliRun run = await Tool.RunAsync(temp.Root, "label", "site", "-o", "out");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("pagecleaner: 5 pages, 0 failed, 4 skipped (output exists); wrote 0 annotated HTML and 1 labeled dumps, kept 8 existing;", run.Summary, StringComparison.Ordinal);
        Assert.Equal(dump, temp.ReadBytes("out/index.labeled.txt"));
        Assert.Equal(html, temp.ReadBytes("out/index.html"));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(temp.PathOf("out/index.html")));
    }

    [Fact]
    public async Task An_output_folder_equal_to_the_input_folder_never_overwrites_a_page()
    {
        using var temp = new TempFolder();
        SiteFolder.Write(temp, "site");
        var before = SiteFolder.Pages.ToDictionary(p => p, p => temp.ReadBytes("site/" + p));

        CliRun run = await Tool.RunAsync(temp.Root, "label", "site", "-o", "site", "--overwrite");

        Assert.Equal(1, run.ExitCode);
        run.AssertNoStackTrace();
        // index.html and harbor.html would be replaced by their annotated copies; the other pages' files have new names
        // (notes.htm gives notes.html, PAGE.HTML gives PAGE.html) and are written beside them.
        Assert.Equal(
            [
                $"pagecleaner: site/index.html: the result would overwrite an input ({temp.PathOf("site/index.html")}); choose another --output folder",
                $"pagecleaner: site/news/2025/harbor.html: the result would overwrite an input ({temp.PathOf("site/news/2025/harbor.html")}); choose another --output folder",
            ],
            run.ProblemLines);
        foreach (var (page, bytes) in before) Assert.Equal(bytes, temp.ReadBytes("site/" + page));
        Assert.True(File.Exists(temp.PathOf("site/blog/dump.labeled.txt")));
        Assert.True(File.Exists(temp.PathOf("site/blog/notes.html")));
        Assert.False(File.Exists(temp.PathOf("site/index.labeled.txt")));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("4")]
    public async Task Two_inputs_with_one_result_name_go_to_the_first(string threads)
    {
        using var temp = new TempFolder();
        GeneratedPage htm = TestPages.Article(701), html = TestPages.Article(702);
        temp.WriteText("site/page.htm", htm.Content);
        temp.WriteText("site/page.html", html.Content);

        CliRun run = await Tool.RunAsync(temp.Root, "label", "site", "-o", "out", "--threads", threads);

        Assert.Equal(1, run.ExitCode);
        string problem = Assert.Single(run.ProblemLines);
        Assert.StartsWith("pagecleaner: site/page.html: the result would go to the same file as the result of site/page.htm ", problem, StringComparison.Ordinal);
        Assert.Equal(["page.html", "page.labeled.txt"], temp.FilesUnder("out"));
        Assert.Contains(htm.Paragraphs[0], temp.ReadText("out/page.html"), StringComparison.Ordinal);
    }
}
