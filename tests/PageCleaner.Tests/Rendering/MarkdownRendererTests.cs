using PageCleaner.Rendering;
using static PageCleaner.Tests.Rendering.RenderedResults;

namespace PageCleaner.Tests.Rendering;

public sealed class MarkdownRendererTests
{
    private static string Render(params BlockResult[] blocks) => MarkdownRenderer.Render(Result(blocks, title: null));

    [Fact]
    public void Article_renders_headings_lists_quotes_and_code()
    {
        string md = MarkdownRenderer.Render(Article() with { Title = "Bridge vote passes" });
        Assert.Equal(
            "# Bridge vote passes\n\nFirst paragraph.\n\nSecond paragraph  \nwith a line break.\n\n## Details\n\n"
            + "- first item\n- second item\n- third item\n\n> A quoted remark.\n\n```\nfor x in items:\n    print(x)\n```\n",
            md);
    }

    [Theory]
    [InlineData(1, "# Title")]
    [InlineData(3, "### Title")]
    [InlineData(6, "###### Title")]
    public void Headings_get_one_hash_per_level(int level, string expected)
    {
        Assert.Equal(expected + "\n", Render(Block(0, BlockLabel.Content, "Title", tag: $"h{level}", heading: level)));
    }

    [Fact]
    public void A_heading_with_a_line_break_stays_on_one_line()
    {
        Assert.Equal("## Two part heading\n", Render(Block(0, BlockLabel.Content, "Two part\nheading", tag: "h2", heading: 2)));
    }

    [Fact]
    public void Code_containing_a_fence_gets_a_different_fence()
    {
        string md = Render(Block(0, BlockLabel.Content, "```\nnested\n```", tag: "pre", pre: true));
        Assert.Equal("~~~~\n```\nnested\n```\n~~~~\n", md);
    }

    [Fact]
    public void A_multi_line_quote_quotes_every_line()
    {
        Assert.Equal("> line one  \n> line two\n", Render(Block(0, BlockLabel.Content, "line one\nline two", tag: "blockquote")));
    }

    [Theory]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("2025. A year of change", "\\2025. A year of change")]
    [InlineData("> not a quote", "\\> not a quote")]
    [InlineData("2025 was warm", "2025 was warm")]
    [InlineData("Plain text", "Plain text")]
    public void Paragraphs_that_look_like_markdown_syntax_are_escaped(string text, string expected)
    {
        Assert.Equal(expected + "\n", Render(Block(0, BlockLabel.Content, text)));
    }

    [Fact]
    public void Only_content_is_rendered()
    {
        string md = MarkdownRenderer.Render(Article());
        Assert.DoesNotContain("casino", md, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on social", md, StringComparison.Ordinal);
    }

    [Fact]
    public void The_title_heads_the_document_when_the_body_does_not_start_with_it()
    {
        // MarkdownRenderer.Render documents: "Renders the content blocks of result, under its title when the body
        // does not start with it."
        CleanResult result = Result([Block(0, BlockLabel.Content, "Only a paragraph.")], title: "Page title");
        Assert.Equal("# Page title\n\nOnly a paragraph.\n", MarkdownRenderer.Render(result));
    }

    [Fact]
    public void The_title_is_not_repeated_when_the_body_starts_with_it()
    {
        CleanResult result = Result([Block(0, BlockLabel.Content, "Page title", tag: "h1", heading: 1), Block(1, BlockLabel.Content, "Body.")], title: "Page title");
        Assert.Equal("# Page title\n\nBody.\n", MarkdownRenderer.Render(result));
    }
}
