using System.Text;
using PageCleaner.Documents;
using PageCleaner.Rendering;

namespace PageCleaner.Tests.Robustness;

/// <summary>
/// Pages made to hurt: each is cleaned within a bound that grows with its size, or refused with a clear reason; none
/// throws anything else or takes the process down.
/// </summary>
public sealed class HostilePageTests
{
    private static readonly Cleaner AsHtml = Cleaner.CreateDefault(CleanerOptions.Default with { Input = InputKind.Html });

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    [Theory]
    [InlineData("<div>", "</div>")]
    [InlineData("<span>", "</span>")]
    [InlineData("<div>", "</span>")] // 100,000 stray end tags, none of them open, under 100,000 open elements
    [InlineData("<track>", "")] // not void for the parser
    [InlineData("<div a=b\">", "")] // a quote that opens nothing
    [InlineData("<é>", "")]
    [InlineData("<table><tr><td>", "")]
    [InlineData("<li><ul>", "")]
    public void Nesting_100000_deep_is_cleaned_and_keeps_its_deepest_text(string open, string close)
    {
        string html = "<html><body>" + Repeat(open, 100_000) + "the deepest words of the page" + Repeat(close, 100_000) + "</body></html>";
        var (result, refusal) = HangGuard.Clean(() => AsHtml.Clean(html));
        Assert.Null(refusal);
        Assert.Contains(result!.Blocks, b => b.Text.Contains("the deepest words of the page", StringComparison.Ordinal));
    }

    [Fact]
    public void A_50_MB_page_is_refused_at_once_with_the_limit_named()
    {
        byte[] page = Encoding.ASCII.GetBytes("<html><body>" + Repeat("<p>A sentence of article text.</p>\n", 50 * 1024 * 1024 / 36));
        var (result, refusal) = HangGuard.Clean(() => AsHtml.Clean(page));
        Assert.Null(result);
        Assert.Contains("over the limit of 20 MiB", refusal, StringComparison.Ordinal);
        Assert.Contains("--max-page-mb", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_just_under_the_size_limit_is_cleaned_and_one_just_over_it_is_refused()
    {
        // The limit lowered to 2 MiB keeps the suite quick; the path is the one the 20 MiB default takes.
        const int Limit = 2 * 1024 * 1024;
        var cleaner = Cleaner.CreateDefault(CleanerOptions.Default with { MaxPageBytes = Limit });
        string paragraphs = Repeat("<p>A sentence of article text, long enough to be read as a paragraph.</p>\n", Limit / 74);
        byte[] under = Encoding.ASCII.GetBytes((paragraphs + "<html><body>").PadRight(Limit, ' ')[..Limit]);
        byte[] over = [.. under, (byte)' '];

        var (result, refusal) = HangGuard.Clean(() => cleaner.Clean(under));
        Assert.Null(refusal);
        Assert.True(result!.Blocks.Count > 20_000);

        (result, refusal) = HangGuard.Clean(() => cleaner.Clean(over));
        Assert.Null(result);
        Assert.StartsWith("page is 2.0 MiB, over the limit of 2 MiB", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_of_a_million_links_in_list_items_is_cleaned_or_refused_for_time()
    {
        string html = "<html><body><ul>" + Repeat("<li><a href=#>x</a>", 1_000_000) + "</ul></body></html>";
        var (result, refusal) = HangGuard.Clean(() => AsHtml.Clean(html));
        if (refusal is not null) Assert.Contains("longer than the limit of 30 s per page", refusal, StringComparison.Ordinal);
        else Assert.Equal(1_000_000, result!.Blocks.Count);
    }

    [Fact]
    public void A_million_links_in_one_block_are_cleaned_or_refused_for_time()
    {
        string html = "<html><body><div>" + Repeat("<a href=/a>x</a> ", 1_000_000) + "</div></body></html>";
        var (result, refusal) = HangGuard.Clean(() => AsHtml.Clean(html));
        if (refusal is not null) Assert.Contains("longer than the limit of 30 s per page", refusal, StringComparison.Ordinal);
        else Assert.Single(result!.Blocks);
    }

    [Fact]
    public void A_10_MB_line_is_cleaned_as_html_and_as_a_text_dump()
    {
        string words = Repeat("word ", 2_000_000);
        var (html, refusal) = HangGuard.Clean(() => AsHtml.Clean("<html><body><p>" + words + "</p></body></html>"));
        Assert.Null(refusal);
        Assert.Equal(words.TrimEnd(), Assert.Single(html!.Blocks).Text);

        var asText = Cleaner.CreateDefault(CleanerOptions.Default with { Input = InputKind.Text });
        (CleanResult? dump, refusal) = HangGuard.Clean(() => asText.Clean(words));
        Assert.Null(refusal);
        Assert.Equal(words.TrimEnd(), Assert.Single(dump!.Blocks).Text);
    }

    [Fact]
    public void Style_and_class_values_built_against_pattern_matching_are_read_in_linear_time()
    {
        // Long runs of what a style or class reader looks for, never completed: each value is 100 KB.
        string style = Repeat("display:", 5000) + Repeat(" ;", 20_000) + Repeat("-", 20_000) + "none";
        string classes = Repeat("nav-nav-nav ", 4000) + Repeat("a", 50_000);
        string html = "<html><body>" + Repeat($"<p style=\"{style}\" class=\"{classes}\" id=\"{classes}\">text</p>", 100) + "</body></html>";
        var (result, refusal) = HangGuard.Clean(() => AsHtml.Clean(html));
        Assert.Null(refusal);
        Assert.Equal(100, result!.Blocks.Count);
    }

    [Fact]
    public void Lone_surrogates_in_a_string_become_replacement_characters_and_render_as_json()
    {
        string text = "Before \uD800 middle \uDC00 after, then a pair \uD83D\uDE00 and a reversed pair \uDE00\uD83D end.";
        string html = $"<html><head><title>T\uDBFF</title></head><body><p>{text}</p></body></html>";
        var (result, refusal) = HangGuard.Clean(() => AsHtml.Clean(html));
        Assert.Null(refusal);
        string block = Assert.Single(result!.Blocks).Text;
        Assert.Equal("Before \uFFFD middle \uFFFD after, then a pair \uD83D\uDE00 and a reversed pair \uFFFD\uFFFD end.", block);
        using var json = new MemoryStream();
        JsonRenderer.Write(json, result);
        using var parsed = System.Text.Json.JsonDocument.Parse(json.ToArray());
        Assert.Equal(block, parsed.RootElement.GetProperty("blocks")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Nul_characters_in_html_are_cleaned_or_refused_as_binary()
    {
        byte[] page = Encoding.UTF8.GetBytes("<html><body><p>" + Repeat("words\0 and\0 more\0 ", 10_000) + "</p></body></html>");
        var (result, refusal) = HangGuard.Clean(() => AsHtml.Clean(page));
        if (refusal is not null) Assert.StartsWith("not a page", refusal, StringComparison.Ordinal);
        else Assert.DoesNotContain('\0', result!.Text);

        var (fromString, _) = HangGuard.Clean(() => AsHtml.Clean("<p>a\0b</p>"));
        Assert.NotNull(fromString);
        Assert.DoesNotContain('\0', fromString!.Text);
    }
}
