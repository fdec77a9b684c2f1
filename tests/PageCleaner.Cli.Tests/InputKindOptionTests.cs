using System.Text.Json;
using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests;

/// <summary>--input overrides the HTML / text dump detection.</summary>
public sealed class InputKindOptionTests
{
    [Fact]
    public async Task Auto_detects_html_and_text_dumps()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("article.html", TestPages.Fixture("article.html"));
        temp.WriteBytes("dump.txt", TestPages.Fixture("dump.txt"));

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "article.html", "dump.txt", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["html", "text"], run.JsonLines().Select(p => p.GetProperty("format").GetString()));
    }

    [Fact]
    public async Task Input_text_reads_an_html_page_as_a_text_dump()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("article.html", TestPages.Fixture("article.html"));

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "article.html", "--input", "text", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        JsonElement page = Assert.Single(run.JsonLines());
        Assert.Equal("text", page.GetProperty("format").GetString());
        var blocks = page.GetProperty("blocks").EnumerateArray().ToList();
        Assert.All(blocks, b => Assert.False(b.TryGetProperty("path", out _))); // dump blocks have a line, no element path
        Assert.All(blocks, b => Assert.True(b.GetProperty("line").GetInt32() >= 1));
        // Read as a dump, the markup is text: the line holding the heading keeps its tags.
        JsonElement heading = blocks.Single(b => b.GetProperty("text").GetString()!.Contains(TestPages.ArticleHeading, StringComparison.Ordinal));
        Assert.Equal("<h1>" + TestPages.ArticleHeading + "</h1>", heading.GetProperty("text").GetString());
        Assert.Equal(24, heading.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Input_html_reads_a_text_dump_as_html()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("dump.txt", TestPages.Fixture("dump.txt"));

        CliRun auto = await Tool.RunAsync(temp.Root, "clean", "dump.txt", "--format", "json");
        CliRun html = await Tool.RunAsync(temp.Root, "clean", "dump.txt", "--input", "html", "--format", "json");

        Assert.True(html.ExitCode == 0, html.ToString());
        JsonElement asDump = Assert.Single(auto.JsonLines());
        JsonElement asHtml = Assert.Single(html.JsonLines());
        Assert.Equal("text", asDump.GetProperty("format").GetString());
        Assert.Equal("html", asHtml.GetProperty("format").GetString());
        var blocks = asHtml.GetProperty("blocks").EnumerateArray().ToList();
        // As HTML, line breaks are only whitespace: the dump's lines run together in one block instead of one block each.
        JsonElement block = Assert.Single(blocks);
        Assert.StartsWith("Home News Sport Weather Contact us Ferry timetable changes", block.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains(TestPages.DumpParagraph, block.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(asDump.GetProperty("blocks").GetArrayLength() > 10);
    }
}
