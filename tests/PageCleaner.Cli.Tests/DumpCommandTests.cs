using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests;

/// <summary><c>pagecleaner dump</c> writes the visible text of a page, one block per line.</summary>
public sealed class DumpCommandTests
{
    private const string Page = """
        <html><head><title>T</title><script>var hidden = 1;</script></head><body>
        <nav><a href="/">Home</a> <a href="/a">About</a></nav>
        <h1>Harbour news</h1>
        <p>The ferry is back in service.</p>
        <p style="display:none">cheap pills online</p>
        <ul><li>First item</li><li>Second item</li></ul>
        </body></html>
        """;

    [Fact]
    public async Task Visible_blocks_become_lines_and_hidden_ones_are_left_out()
    {
        using var temp = new TempFolder();
        temp.WriteText("site/page.html", Page);
        CliRun run = await Tool.RunAsync(temp.Root, "dump", "site", "-o", "dumps");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Home About\nHarbour news\nThe ferry is back in service.\nFirst item\nSecond item\n", temp.ReadText("dumps/page.txt"));
    }

    [Fact]
    public async Task An_existing_dump_is_kept_unless_overwrite_is_given()
    {
        using var temp = new TempFolder();
        temp.WriteText("site/page.html", Page);
        temp.WriteText("dumps/page.txt", "old");
        CliRun run = await Tool.RunAsync(temp.Root, "dump", "site", "-o", "dumps");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("old", temp.ReadText("dumps/page.txt"));
        run = await Tool.RunAsync(temp.Root, "dump", "site", "-o", "dumps", "--overwrite");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Home About\n", temp.ReadText("dumps/page.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Labeled_dumps_carry_the_annotations_and_read_back_as_training_samples()
    {
        using var temp = new TempFolder();
        temp.WriteText("site/page.html", """
            <html><body><nav><a href="/">Home</a> <a href="/a">About</a></nav>
            <article data-pc-label="content"><h1>Harbour news</h1><p>The ferry is back in service.</p>
            <div data-pc-label="boilerplate">Share this</div></article>
            <p style="display:none" data-pc-label="spam">cheap pills online</p>
            <div data-pc-label="spam"><a href="http://x.example/">slot bonus</a></div>
            </body></html>
            """);
        CliRun run = await Tool.RunAsync(temp.Root, "dump", "site", "-o", "dumps", "--labeled");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("b|Home About\nc|Harbour news\nc|The ferry is back in service.\nb|Share this\ns|slot bonus\n", temp.ReadText("dumps/page.labeled.txt"));
        run = await Tool.RunAsync(temp.Root, "eval", "--data", "dumps");
        Assert.Equal(0, run.ExitCode);
    }
}
