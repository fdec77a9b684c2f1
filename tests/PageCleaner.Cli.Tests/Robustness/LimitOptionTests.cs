using System.Text;
using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests.Robustness;

/// <summary>The limits of <c>clean</c> on the command line: each one is taken, and a bad value is a usage error.</summary>
public sealed class LimitOptionTests
{
    private static string Nested(int depth) =>
        "<html><body>" + new StringBuilder().Insert(0, "<div>", depth) + "<p>The paragraph at the very bottom of the nest.</p>"
        + new StringBuilder().Insert(0, "</div>", depth) + "</body></html>";

    [Fact]
    public async Task Max_block_depth_joins_deeper_blocks_into_their_ancestor()
    {
        using var temp = new TempFolder();
        temp.WriteText("page.html", Nested(6).Replace("<div>", "<div>level ", StringComparison.Ordinal));
        CliRun deep = await Tool.RunAsync(temp.Root, "clean", "page.html", "--format", "json");
        CliRun shallow = await Tool.RunAsync(temp.Root, "clean", "page.html", "--format", "json", "--max-block-depth", "2");
        Assert.Equal(0, deep.ExitCode);
        Assert.Equal(0, shallow.ExitCode);
        int deepBlocks = deep.JsonLines()[0].GetProperty("blocks").GetArrayLength();
        int shallowBlocks = shallow.JsonLines()[0].GetProperty("blocks").GetArrayLength();
        Assert.True(shallowBlocks < deepBlocks, $"{shallowBlocks} blocks with --max-block-depth 2, {deepBlocks} without");
    }

    [Fact]
    public async Task Max_nesting_depth_flattens_the_page_and_keeps_its_text()
    {
        using var temp = new TempFolder();
        temp.WriteText("page.html", Nested(50));
        CliRun run = await Tool.RunAsync(temp.Root, "clean", "page.html", "--format", "json", "--max-nesting-depth", "5");
        Assert.Equal(0, run.ExitCode);
        var blocks = run.JsonLines()[0].GetProperty("blocks").EnumerateArray().ToList();
        var bottom = Assert.Single(blocks, b => b.GetProperty("text").GetString()!.Contains("very bottom", StringComparison.Ordinal));
        // Flattened to five levels: html, body and three divs are all that is left above the paragraph.
        Assert.Equal("html/body/div/div/div", bottom.GetProperty("path").GetString());
    }

    [Theory]
    [InlineData("--max-nesting-depth", "0")]
    [InlineData("--max-nesting-depth", "deep")]
    [InlineData("--max-block-depth", "-1")]
    [InlineData("--max-seconds-per-page", "-2")]
    [InlineData("--max-page-mb", "0")]
    public async Task A_bad_limit_is_a_usage_error(string option, string value)
    {
        using var temp = new TempFolder();
        temp.WriteBytes("page.html", TestPages.Fixture("article.html"));
        CliRun run = await Tool.RunAsync(temp.Root, "clean", "page.html", option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_limits_apply_to_jsonl_records_too()
    {
        using var temp = new TempFolder();
        string html = Nested(6).Replace("<div>", "<div>level ", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        temp.WriteText("pages.jsonl", "{\"html\": \"" + html + "\"}\n");
        CliRun deep = await Tool.RunAsync(temp.Root, "clean", "--jsonl", "pages.jsonl", "--blocks");
        CliRun shallow = await Tool.RunAsync(temp.Root, "clean", "--jsonl", "pages.jsonl", "--blocks", "--max-block-depth", "2");
        Assert.Equal(0, deep.ExitCode);
        Assert.Equal(0, shallow.ExitCode);
        Assert.True(shallow.JsonLines()[0].GetProperty("blocks").GetArrayLength() < deep.JsonLines()[0].GetProperty("blocks").GetArrayLength());
    }
}
