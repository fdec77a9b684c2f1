using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests.Label;

/// <summary>What label reads: dumps, labeled dumps given again, forced input kinds, bad pages and bad command lines.</summary>
public sealed class LabelInputTests
{
    [Fact]
    public async Task A_text_dump_gives_only_its_labeled_dump_with_its_own_lines()
    {
        using var temp = new TempFolder();
        temp.WriteText("d/ferry.txt", "Home | News\n\n   " + TestPages.DumpParagraph + "\n\nContact us\n");

        CliRun run = await Tool.RunAsync(temp.Root, "label", "d/ferry.txt", "-o", "out");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["ferry.labeled.txt"], temp.FilesUnder("out"));
        string[] lines = temp.ReadText("out/ferry.labeled.txt").Split('\n');
        Assert.Equal("# d/ferry.txt: labels from pagecleaner label, to be checked before training", lines[0]);
        Assert.Matches("^[cbs]\\|Home \\| News$", lines[1]);
        Assert.Equal("", lines[2]);
        Assert.Equal("c|   " + TestPages.DumpParagraph, lines[3]);
        Assert.Equal("", lines[4]);
        Assert.Matches("^[cbs]\\|Contact us$", lines[5]);
    }

    [Fact]
    public async Task A_labeled_dump_given_again_is_labeled_afresh_under_its_own_name()
    {
        using var temp = new TempFolder();
        temp.WriteText("old.labeled.txt", "# hand-made\ns|Home | News\n\ns|" + TestPages.DumpParagraph + "\ns|Contact us\n");

        CliRun run = await Tool.RunAsync(temp.Root, "label", "old.labeled.txt", "-o", "out");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["old.labeled.txt"], temp.FilesUnder("out"));
        string relabeled = temp.ReadText("out/old.labeled.txt");
        Assert.Contains("\nc|" + TestPages.DumpParagraph + "\n", relabeled, StringComparison.Ordinal);
        Assert.DoesNotContain("s|s|", relabeled, StringComparison.Ordinal);
        Assert.DoesNotContain("hand-made", relabeled, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_labeled_dump_is_one_line_naming_the_file_and_line()
    {
        using var temp = new TempFolder();
        temp.WriteText("bad.labeled.txt", "c|fine line\nno label here\n");
        temp.WriteBytes("good.html", TestPages.Fixture("article.html"));

        CliRun run = await Tool.RunAsync(temp.Root, "label", "bad.labeled.txt", "good.html", "-o", "out");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["pagecleaner: bad.labeled.txt:2: expected a line starting with c|, b|, s| or ?| (or a blank line)"], run.ProblemLines);
        Assert.Equal(["good.html", "good.labeled.txt"], temp.FilesUnder("out"));
    }

    [Fact]
    public async Task Input_text_reads_an_html_page_as_a_dump()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("a.html", TestPages.Fixture("article.html"));

        CliRun run = await Tool.RunAsync(temp.Root, "label", "a.html", "-o", "out", "--input", "text");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["a.labeled.txt"], temp.FilesUnder("out"));
        Assert.Contains("|<!DOCTYPE html>\n", temp.ReadText("out/a.labeled.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_pages_get_one_line_each_and_the_good_page_is_still_labeled()
    {
        using var temp = new TempFolder();
        temp.WriteText("empty.html", "");
        temp.WriteBytes("logo.html", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0, 1, 2, 3]);
        temp.WriteBytes("good.html", TestPages.Fixture("article.html"));

        CliRun run = await Tool.RunAsync(temp.Root, "label", "empty.html", "logo.html", "missing.html", "good.html", "-o", "out");

        Assert.Equal(1, run.ExitCode);
        run.AssertNoStackTrace();
        Assert.Equal(3, run.ProblemLines.Count);
        Assert.Contains("pagecleaner: missing.html: no such file or folder", run.ProblemLines);
        Assert.Contains("pagecleaner: empty.html: empty file", run.ProblemLines);
        Assert.Contains(run.ProblemLines, l => l.StartsWith("pagecleaner: logo.html: not a page", StringComparison.Ordinal));
        Assert.Equal(["good.html", "good.labeled.txt"], temp.FilesUnder("out"));
        Assert.StartsWith("pagecleaner: 3 pages, 2 failed, 1 inputs not found, 0 skipped", run.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_over_the_size_limit_is_refused()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("big.html", TestPages.Fixture("article.html"));
        CliRun run = await Tool.RunAsync(temp.Root, "label", "big.html", "-o", "out", "--max-page-mb", "0.001");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("pagecleaner: big.html: page is ", Assert.Single(run.ProblemLines), StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.PathOf("out")) && temp.FilesUnder("out").Count > 0);
    }

    [Fact]
    public async Task A_model_file_that_cannot_be_read_is_one_line()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("a.html", TestPages.Fixture("article.html"));
        temp.WriteText("broken.pcmodel", "not a zip");
        CliRun run = await Tool.RunAsync(temp.Root, "label", "a.html", "-o", "out", "--model", "broken.pcmodel");
        Assert.Equal(1, run.ExitCode);
        run.AssertNoStackTrace();
        Assert.StartsWith("pagecleaner: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Contains("broken.pcmodel", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("label", "a.html")]
    [InlineData("label", "-o", "out")]
    [InlineData("label", "a.html", "-o", "out", "--bogus")]
    [InlineData("label", "a.html", "-o", "out", "--input", "pdf")]
    [InlineData("label", "a.html", "-o", "out", "--threads", "0")]
    public async Task Usage_errors_exit_with_2_and_write_nothing(params string[] args)
    {
        using var temp = new TempFolder();
        temp.WriteBytes("a.html", TestPages.Fixture("article.html"));
        CliRun run = await Tool.RunAsync(temp.Root, args);
        Assert.Equal(2, run.ExitCode);
        run.AssertNoStackTrace();
        Assert.False(Directory.Exists(temp.PathOf("out")));
    }
}
