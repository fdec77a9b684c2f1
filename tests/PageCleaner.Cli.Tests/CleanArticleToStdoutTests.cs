using System.Text.Json;
using System.Text.RegularExpressions;
using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests;

/// <summary><c>clean FILE</c> without -o: the cleaned page goes to stdout in the chosen format, a summary to stderr.</summary>
public sealed class CleanArticleToStdoutTests
{
    [Fact]
    public async Task Text_format_keeps_the_article_and_drops_nav_and_footer()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("article.html", TestPages.Fixture("article.html"));

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "article.html");

        Assert.True(run.ExitCode == 0, run.ToString());
        string text = run.StdoutText;
        Assert.StartsWith(TestPages.ArticleHeading + "\n", text, StringComparison.Ordinal);
        foreach (string paragraph in TestPages.ArticleParagraphs) Assert.Contains(paragraph, text, StringComparison.Ordinal);
        foreach (string furniture in TestPages.ArticleFurniture) Assert.DoesNotContain(furniture, text, StringComparison.Ordinal);
        Assert.DoesNotContain("==>", text, StringComparison.Ordinal); // one input: no file header
        Assert.Empty(run.ProblemLines);
        run.AssertNoStackTrace();
    }

    [Fact]
    public async Task Summary_is_one_line_with_pages_failures_blocks_per_label_and_rate()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("article.html", TestPages.Fixture("article.html"));

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "article.html", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        string summary = Assert.Single(run.ErrorLines);
        Match m = Regex.Match(summary,
            @"^pagecleaner: 1 pages, 0 failed, 0 skipped \(output exists\), 0 with spam; blocks: (\d+) content, (\d+) boilerplate, (\d+) spam; [0-9.]+ s, [0-9.]+ pages/s$");
        Assert.True(m.Success, summary);
        // The counts are those of the blocks actually emitted.
        JsonElement page = Assert.Single(run.JsonLines());
        var labels = page.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("label").GetString()).ToList();
        Assert.Equal(labels.Count(l => l == "content"), int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(labels.Count(l => l == "boilerplate"), int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(labels.Count(l => l == "spam"), int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Markdown_format_gives_hash_headings_and_the_paragraphs()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("article.html", TestPages.Fixture("article.html"));

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "article.html", "--format", "markdown");

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.StdoutText.Split('\n');
        Assert.Equal("# " + TestPages.ArticleHeading, lines[0]);
        Assert.Contains("## " + TestPages.ArticleSubheading, lines);
        foreach (string paragraph in TestPages.ArticleParagraphs) Assert.Contains(paragraph, lines);
        foreach (string furniture in TestPages.ArticleFurniture) Assert.DoesNotContain(furniture, run.StdoutText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_format_gives_one_object_with_every_documented_field()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("article.html", TestPages.Fixture("article.html"));

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "article.html", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.EndsWith("}\n", run.StdoutText, StringComparison.Ordinal);
        Assert.Single(run.StdoutText.TrimEnd('\n').Split('\n'));
        JsonElement page = Assert.Single(run.JsonLines());
        Assert.Equal("article.html", page.GetProperty("source").GetString());
        Assert.Equal("html", page.GetProperty("format").GetString());
        Assert.Equal("utf-8", page.GetProperty("encoding").GetString());
        Assert.Equal("Harbor town opens new library | The Daily Gull", page.GetProperty("title").GetString());
        string text = page.GetProperty("text").GetString()!;
        foreach (string paragraph in TestPages.ArticleParagraphs) Assert.Contains(paragraph, text, StringComparison.Ordinal);

        JsonElement verdict = page.GetProperty("verdict");
        Assert.False(verdict.GetProperty("spam").GetBoolean());
        double spamScore = verdict.GetProperty("spamScore").GetDouble();
        Assert.InRange(spamScore, 0, 0.5);

        var blocks = page.GetProperty("blocks").EnumerateArray().ToList();
        Assert.NotEmpty(blocks);
        for (int i = 0; i < blocks.Count; i++)
        {
            JsonElement b = blocks[i];
            Assert.Equal(i, b.GetProperty("index").GetInt32());
            Assert.Contains(b.GetProperty("label").GetString(), new[] { "content", "boilerplate", "spam" });
            Assert.InRange(b.GetProperty("score").GetDouble(), 0, 1);
            Assert.False(string.IsNullOrEmpty(b.GetProperty("text").GetString()));
            Assert.StartsWith("html/body/", b.GetProperty("path").GetString(), StringComparison.Ordinal);
            Assert.True(b.GetProperty("line").GetInt32() >= 1);
            Assert.Equal(JsonValueKind.False, b.GetProperty("hidden").ValueKind);
        }
        JsonElement heading = blocks.Single(b => b.GetProperty("text").GetString() == TestPages.ArticleHeading);
        Assert.Equal("content", heading.GetProperty("label").GetString());
        Assert.Equal("html/body/main/article/h1", heading.GetProperty("path").GetString());
        JsonElement privacy = blocks.Single(b => b.GetProperty("text").GetString() == "Privacy policy");
        Assert.Equal("boilerplate", privacy.GetProperty("label").GetString());
        // The text field is the content blocks joined, exactly what --format text prints.
        var content = blocks.Where(b => b.GetProperty("label").GetString() == "content").Select(b => b.GetProperty("text").GetString()).ToList();
        Assert.Equal(string.Join("\n\n", content) + "\n", text);
    }

    [Fact]
    public async Task Several_inputs_in_text_format_are_separated_by_headers_in_input_order()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("b-article.html", TestPages.Fixture("article.html"));
        temp.WriteBytes("a-dump.txt", TestPages.Fixture("dump.txt"));

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "b-article.html", "a-dump.txt");

        Assert.True(run.ExitCode == 0, run.ToString());
        string text = run.StdoutText;
        int first = text.IndexOf("==> b-article.html <==\n", StringComparison.Ordinal);
        int second = text.IndexOf("==> a-dump.txt <==\n", StringComparison.Ordinal);
        Assert.Equal(0, first);
        Assert.True(second > first, text);
        Assert.Contains(TestPages.ArticleParagraphs[0], text[..second], StringComparison.Ordinal);
        Assert.Contains(TestPages.DumpParagraph, text[second..], StringComparison.Ordinal);
        Assert.StartsWith("pagecleaner: 2 pages, 0 failed,", run.Summary, StringComparison.Ordinal);
    }
}
