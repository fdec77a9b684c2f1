using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using PageCleaner.Documents;
using PageCleaner.Rendering;

namespace PageCleaner.Tests;

/// <summary>The whole pipeline with the embedded default model, on pages written for these tests.</summary>
public sealed class CleanerTests
{
    private static readonly Cleaner Shared = Cleaner.CreateDefault();

    private static CleanResult CleanArticle() => Shared.Clean(Encoding.UTF8.GetBytes(SamplePages.EnglishArticle), "pages/millbrook.html");

    private static CleanResult CleanFarm() => Shared.Clean(Encoding.UTF8.GetBytes(SamplePages.ChineseFarmDump), "dumps/farm.txt");

    [Fact]
    public void An_English_article_keeps_its_paragraphs_and_drops_navigation_and_footer()
    {
        CleanResult result = CleanArticle();

        Assert.Equal(InputKind.Html, result.Format);
        Assert.Equal("pages/millbrook.html", result.Source);
        Assert.Equal("Millbrook council votes to rebuild Wren bridge | The Millbrook Courier", result.Title);
        foreach (string paragraph in SamplePages.ArticleParagraphs) Assert.Contains(paragraph, result.Text, StringComparison.Ordinal);
        foreach (string furniture in new[] { "Weather", "Opinion", "Contact", "Privacy policy", "Terms of use", "All rights reserved" })
        {
            Assert.DoesNotContain(furniture, result.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Paragraphs_are_separated_by_a_blank_line_in_text_and_markdown()
    {
        CleanResult result = CleanArticle();
        string markdown = MarkdownRenderer.Render(result);
        for (int i = 0; i + 1 < SamplePages.ArticleParagraphs.Length; i++)
        {
            string pair = SamplePages.ArticleParagraphs[i] + "\n\n" + SamplePages.ArticleParagraphs[i + 1];
            Assert.Contains(pair, result.Text, StringComparison.Ordinal);
            Assert.Contains(pair, markdown, StringComparison.Ordinal);
        }
        Assert.Equal(PlainTextRenderer.Render(result.Blocks), result.Text);
    }

    [Fact]
    public void Every_block_is_reported_in_reading_order_with_its_place_in_the_page()
    {
        CleanResult result = CleanArticle();
        Assert.Equal(Enumerable.Range(0, result.Blocks.Count), result.Blocks.Select(b => b.Index));
        BlockResult first = result.Blocks.Single(b => b.Text == SamplePages.ArticleParagraphs[0]);
        Assert.Equal(BlockLabel.Content, first.Label);
        Assert.Equal("html/body/main/div/p[2]", first.Path);
        Assert.Equal("p", first.Tag);
        Assert.Equal(SamplePages.EnglishArticle.Split('\n').ToList().FindIndex(l => l.Contains(SamplePages.ArticleParagraphs[0], StringComparison.Ordinal)) + 1, first.Line);
        Assert.InRange(first.Score, 0.5f, 1f);
        Assert.Contains(result.Blocks, b => b.Text == "Weather" && b.IsListItem && b.Label == BlockLabel.Boilerplate);
    }

    [Fact]
    public void Json_output_has_the_documented_fields()
    {
        CleanResult result = CleanArticle();
        using JsonDocument doc = JsonDocument.Parse(JsonRenderer.Render(result));
        JsonElement root = doc.RootElement;
        Assert.Equal("pages/millbrook.html", root.GetProperty("source").GetString());
        Assert.Equal("html", root.GetProperty("format").GetString());
        Assert.Equal("utf-8", root.GetProperty("encoding").GetString());
        Assert.Equal(result.Title, root.GetProperty("title").GetString());
        Assert.Equal(result.Text, root.GetProperty("text").GetString());
        Assert.False(root.GetProperty("verdict").GetProperty("spam").GetBoolean());
        Assert.InRange(root.GetProperty("verdict").GetProperty("spamScore").GetDouble(), 0, 0.5);
        JsonElement[] blocks = root.GetProperty("blocks").EnumerateArray().ToArray();
        Assert.Equal(result.Blocks.Count, blocks.Length);
        foreach (JsonElement b in blocks)
        {
            Assert.True(b.GetProperty("index").GetInt32() >= 0);
            Assert.Contains(b.GetProperty("label").GetString(), new[] { "content", "boilerplate", "spam" });
            Assert.InRange(b.GetProperty("score").GetDouble(), 0, 1);
            Assert.False(string.IsNullOrEmpty(b.GetProperty("text").GetString()));
            Assert.StartsWith("html/body", b.GetProperty("path").GetString(), StringComparison.Ordinal);
            Assert.True(b.GetProperty("line").GetInt32() > 0);
            Assert.Equal(JsonValueKind.False, b.GetProperty("hidden").ValueKind);
        }
    }

    [Fact]
    public void Hidden_blocks_are_never_in_the_text()
    {
        const string Hidden1 = "This paragraph reads like part of the story but the page hides it with an inline style, so no reader sees it.";
        const string Hidden2 = "A second hidden paragraph, pushed far off the screen, describes the bridge in the same calm tone as the rest.";
        string page = SamplePages.EnglishArticle
            .Replace("<p>" + SamplePages.ArticleParagraphs[2] + "</p>",
                $"<p>{SamplePages.ArticleParagraphs[2]}</p><p style=\"display:none\">{Hidden1}</p><p style=\"position:absolute;left:-9999px\">{Hidden2}</p>",
                StringComparison.Ordinal);
        CleanResult result = Shared.Clean(page);

        Assert.Equal(2, result.Blocks.Count(b => b.Hidden));
        Assert.All(result.Blocks.Where(b => b.Hidden), b => Assert.NotEqual(BlockLabel.Content, b.Label));
        Assert.DoesNotContain("hides it", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("off the screen", result.Text, StringComparison.Ordinal);
        Assert.Contains(SamplePages.ArticleParagraphs[3], result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Chinese_content_farm_dump_with_injected_titles_is_flagged_as_spam()
    {
        CleanResult result = CleanFarm();

        Assert.Equal(InputKind.Text, result.Format);
        Assert.True(result.Verdict.Spam);
        Assert.InRange(result.Verdict.SpamScore, 0.5f, 1f);
        BlockResult last = result.Blocks[^1];
        Assert.StartsWith("澳门赌场", last.Text, StringComparison.Ordinal);
        Assert.Equal(BlockLabel.Spam, last.Label);
        Assert.Contains(last.Index, result.Verdict.SpamBlocks);
        Assert.Equal(SamplePages.ChineseFarmDump.Split('\n').Length, last.Line);
        Assert.Null(last.Path);
        Assert.DoesNotContain("百家乐", result.Text, StringComparison.Ordinal);
        foreach (string paragraph in SamplePages.ChineseParagraphs) Assert.Contains(paragraph, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_dump_takes_its_first_short_content_line_as_title()
    {
        CleanResult result = CleanFarm();
        BlockResult firstContent = result.Blocks.First(b => b.Label == BlockLabel.Content);
        Assert.Equal(firstContent.Text, result.Title);
    }

    [Fact]
    public void Cleaning_from_many_threads_gives_the_same_results_as_one_thread()
    {
        byte[][] pages = [Encoding.UTF8.GetBytes(SamplePages.EnglishArticle), Encoding.UTF8.GetBytes(SamplePages.ChineseFarmDump)];
        string[] expected = pages.Select(p => JsonRenderer.Render(Shared.Clean(p, "page"))).ToArray();

        var results = new ConcurrentBag<(int Page, string Json)>();
        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            int p = i % pages.Length;
            results.Add((p, JsonRenderer.Render(Shared.Clean(pages[p], "page"))));
        });

        Assert.Equal(200, results.Count);
        Assert.All(results, r => Assert.Equal(expected[r.Page], r.Json));
    }

    [Fact]
    public void A_fresh_cleaner_gives_the_same_result_as_a_shared_one()
    {
        Assert.Equal(JsonRenderer.Render(CleanArticle()), JsonRenderer.Render(Cleaner.CreateDefault().Clean(Encoding.UTF8.GetBytes(SamplePages.EnglishArticle), "pages/millbrook.html")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    public void Blank_strings_are_rejected(string page)
    {
        Assert.Throws<PageRejectedException>(() => Shared.Clean(page));
    }

    [Fact]
    public void Binary_bytes_are_rejected()
    {
        var e = Assert.Throws<PageRejectedException>(() => Shared.Clean("%PDF-1.5\n%âãÏÓ\n1 0 obj"u8));
        Assert.Contains("PDF", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_input_option_forces_the_format()
    {
        var asText = Cleaner.CreateDefault(CleanerOptions.Default with { Input = InputKind.Text });
        CleanResult result = asText.Clean("<p>markup read as a line of text</p>");
        Assert.Equal(InputKind.Text, result.Format);
        Assert.Equal("<p>markup read as a line of text</p>", Assert.Single(result.Blocks).Text);
    }
}
