using PageCleaner.Segmentation;

namespace PageCleaner.Tests.Segmentation;

/// <summary>Each way a page hides text gives the block its reason, and visible text gets none.</summary>
public sealed class HiddenReasonTests
{
    [Theory]
    [InlineData("style=\"display:none\"", HiddenReasons.DisplayNone)]
    [InlineData("style=\"visibility:collapse\"", HiddenReasons.VisibilityHidden)]
    [InlineData("style=\"font-size:1px\"", HiddenReasons.Transparent)]
    [InlineData("style=\"opacity:0.0\"", HiddenReasons.Transparent)]
    [InlineData("style=\"color:transparent\"", HiddenReasons.Transparent)]
    [InlineData("style=\"transform:scale(0)\"", HiddenReasons.Transparent)]
    [InlineData("style=\"width:1px;height:1px;overflow:hidden\"", HiddenReasons.TinyBox)]
    [InlineData("style=\"max-height:0; overflow-y:hidden\"", HiddenReasons.TinyBox)]
    [InlineData("style=\"position:fixed;bottom:-3000px\"", HiddenReasons.OffScreen)]
    [InlineData("style=\"position:absolute;left:-100em\"", HiddenReasons.OffScreen)]
    [InlineData("style=\"position:absolute;left:-100%\"", HiddenReasons.OffScreen)]
    [InlineData("style=\"text-indent:-999em;overflow:hidden\"", HiddenReasons.OffScreen)]
    [InlineData("style=\"margin-left:-8888px\"", HiddenReasons.OffScreen)]
    [InlineData("style=\"position:absolute;clip:rect(1px,1px,1px,1px)\"", HiddenReasons.Clipped)]
    [InlineData("style=\"clip-path: inset(50%)\"", HiddenReasons.Clipped)]
    [InlineData("hidden=\"hidden\"", HiddenReasons.HiddenAttribute)]
    [InlineData("aria-hidden=\" TRUE \"", HiddenReasons.AriaHidden)]
    public void Inline_hiding_records_its_reason(string attribute, HiddenReasons expected)
    {
        var page = Segmenting.Html($"<body><p>Visible paragraph.</p><div {attribute}>Secret link farm</div></body>");
        Assert.Equal(HiddenReasons.None, page.BlockWith("Visible").HiddenReasons);
        Block secret = page.BlockWith("Secret");
        Assert.True(secret.Hidden);
        Assert.Equal(expected, secret.HiddenReasons);
    }

    [Theory]
    [InlineData("style=\"left:-20px;position:relative\"")]
    [InlineData("style=\"font-size:0.9em\"")]
    [InlineData("style=\"opacity:0.5\"")]
    [InlineData("style=\"left:-50%\"")]
    [InlineData("style=\"height:0\"")]
    [InlineData("style=\"clip-path: inset(5%)\"")]
    public void Styles_that_leave_text_readable_hide_nothing(string attribute)
    {
        var page = Segmenting.Html($"<body><div {attribute}>Ordinary text</div></body>");
        Assert.Equal(HiddenReasons.None, Assert.Single(page.Blocks).HiddenReasons);
    }

    [Theory]
    [InlineData("<html style=\"opacity:0\"><body><p>Revealed article text.</p></body></html>")]
    [InlineData("<html><head><style>.async-hide { opacity: 0 !important }</style></head><body class=\"async-hide\"><p>Revealed article text.</p></body></html>")]
    [InlineData("<html><head><style>body { display: none !important; }</style></head><body><p>Revealed article text.</p></body></html>")]
    [InlineData("<body><main style=\"opacity: 0\"><p>Revealed article text.</p></main></body>")]
    [InlineData("<body><main style=\"visibility:hidden\"><p>Revealed article text.</p></main></body>")]
    public void Hiding_the_whole_page_or_its_main_landmark_is_a_reveal_on_load(string html)
    {
        Block article = Segmenting.Html(html).BlockWith("Revealed");
        Assert.False(article.Hidden);
        Assert.Equal(HiddenReasons.None, article.HiddenReasons);
    }

    private static string Paragraphs(string word, int count) =>
        string.Concat(Enumerable.Range(0, count).Select(i => $"<p>{word} paragraph {i} with enough words to read like an article.</p>"));

    [Fact]
    public void An_opacity_wrapper_around_most_of_the_page_is_a_fade_in()
    {
        var page = Segmenting.Html($"<body><nav>Home News</nav><div style=\"opacity:0\" class=\"show\">{Paragraphs("Shown", 12)}</div></body>");
        Assert.All(page.Blocks.Where(b => b.Text.StartsWith("Shown", StringComparison.Ordinal)), b => Assert.Equal(HiddenReasons.None, b.HiddenReasons));
    }

    [Theory]
    [InlineData("opacity:0")]
    [InlineData("font-size:0")]
    [InlineData("opacity:0;display:none")]
    public void Hidden_text_stays_hidden_unless_an_opacity_wrapper_holds_most_of_the_page(string style)
    {
        // A small opacity block (injected spam) among the article, and any other hiding whatever its size.
        int count = style == "opacity:0" ? 2 : 30;
        var page = Segmenting.Html($"<body>{Paragraphs("Article", 12)}<div style=\"{style}\">{Paragraphs("Secret", count)}</div></body>");
        Assert.All(page.Blocks.Where(b => b.Text.StartsWith("Secret", StringComparison.Ordinal)), b => Assert.True(b.Hidden));
        Assert.All(page.Blocks.Where(b => b.Text.StartsWith("Article", StringComparison.Ordinal)), b => Assert.False(b.Hidden));
    }

    [Theory]
    [InlineData("transform: matrix(1, 0, 0, 1, 0, 30); opacity: 0;", false)]
    [InlineData("opacity:0; transform:translateY(40px)", false)]
    [InlineData("opacity:0; TRANSFORM: translate3d(0, 20px, 0)", false)]
    [InlineData("opacity:0; transform:rotate(2deg)", true)]
    [InlineData("opacity:0; transform:scale(0.9)", true)]
    [InlineData("opacity:0", true)]
    [InlineData("display:none; transform:translateY(40px)", true)]
    [InlineData("font-size:0; opacity:0; transform:translateY(40px)", true)]
    public void A_small_section_at_the_first_frame_of_a_scroll_in_animation_is_read(string style, bool hidden)
    {
        // Two paragraphs among twelve: far below a fade-in wrapper's share, so only the animation's start state reveals them.
        var page = Segmenting.Html($"<body>{Paragraphs("Article", 12)}<section style=\"{style}\">{Paragraphs("Sliding", 2)}</section></body>");
        Assert.All(page.Blocks.Where(b => b.Text.StartsWith("Sliding", StringComparison.Ordinal)), b => Assert.Equal(hidden, b.Hidden));
        Assert.Contains(page.Blocks, b => b.Text.StartsWith("Sliding", StringComparison.Ordinal));
    }

    [Fact]
    public void Main_landmark_taken_out_of_the_page_stays_hidden()
    {
        var page = Segmenting.Html("<body><p>Shown.</p><main style=\"display:none\"><p>Collapsed text</p></main><div style=\"opacity:0\"><main><p>Inside a faded block</p></main></div></body>");
        Assert.Equal(HiddenReasons.DisplayNone, page.BlockWith("Collapsed").HiddenReasons);
        Assert.Equal(HiddenReasons.Transparent, page.BlockWith("Inside a faded").HiddenReasons);
    }

    [Fact]
    public void Reasons_of_nested_hiding_add_up()
    {
        var page = Segmenting.Html("<p>shown</p><div aria-hidden=\"true\"><p style=\"font-size:0\">deep secret</p></div>");
        Assert.Equal(HiddenReasons.AriaHidden | HiddenReasons.Transparent, page.BlockWith("deep secret").HiddenReasons);
    }

    [Fact]
    public void Marquee_text_is_hidden_as_marquee()
    {
        var page = Segmenting.Html("<body><p>Article text.</p><marquee scrollamount=\"3\"><a href=\"http://x.example/\">slot bonus</a></marquee></body>");
        Assert.Equal(HiddenReasons.Marquee, page.BlockWith("slot bonus").HiddenReasons);
        Assert.False(page.BlockWith("Article").Hidden);
    }

    [Theory]
    [InlineData("<html><body><p>Article text.</p></body></html>\n<div><a href=\"http://x.example/\">cheap pills</a></div>")]
    [InlineData("<html><body><p>Article text.</p></body></html>cheap pills as bare text")]
    [InlineData("<!DOCTYPE html><html><head><title>t</title></head><body><p>Article text.</p></body></html>\n\n<p>cheap pills</p><p>more pills</p>")]
    public void Text_after_the_end_of_the_document_is_hidden(string html)
    {
        var page = Segmenting.Html(html);
        Assert.False(page.BlockWith("Article").Hidden);
        foreach (Block b in page.Blocks.Where(b => b.Text.Contains("pills", StringComparison.Ordinal)))
        {
            Assert.Equal(HiddenReasons.AfterHtml, b.HiddenReasons);
        }
        Assert.Contains(page.Blocks, b => b.Text.Contains("pills", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("S:0", false)]
    [InlineData("S:12", false)]
    [InlineData("S:", true)]
    [InlineData("S:1a", false)]
    [InlineData("S:3f", false)]
    [InlineData("S:1g", true)]
    [InlineData("S:1A", true)]
    [InlineData("s:0", true)]
    [InlineData("promo", true)]
    public void Streamed_segments_of_server_rendering_are_read_and_other_hidden_divs_are_not(string id, bool hidden)
    {
        var page = Segmenting.Html($"<body><template id=\"B:0\"></template><div hidden id=\"{id}\"><p>Late part of the article</p></div></body>");
        Assert.Equal(hidden, page.BlockWith("Late part").Hidden);
    }

    [Fact]
    public void A_page_without_an_html_element_has_nothing_after_it()
    {
        var page = Segmenting.Html("<p>first</p><p>second</p>");
        Assert.All(page.Blocks, b => Assert.False(b.Hidden));
    }

    [Fact]
    public void Hidden_blocks_never_reach_the_clean_text()
    {
        string html = "<html><head><style>.k{display:none}</style></head><body><article>"
            + string.Concat(Enumerable.Range(1, 6).Select(i => $"<p>Paragraph {i} of the council report explains the budget, the new school and the road works in some detail.</p>"))
            + "<p class=\"k\">Hidden note that readers never see in the report.</p><p style=\"opacity:0\">Another invisible sentence in the article body.</p>"
            + "</article></body></html><p>Trailing text after the end of the page, written as a paragraph.</p>";
        CleanResult result = Cleaner.CreateDefault().Clean(html);
        Assert.Contains("Paragraph 3", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden note", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("invisible", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Trailing", result.Text, StringComparison.Ordinal);
        BlockResult hidden = Assert.Single(result.Blocks, b => b.Text.StartsWith("Hidden note", StringComparison.Ordinal));
        Assert.Equal(HiddenReasons.StyleSheet | HiddenReasons.DisplayNone, hidden.HiddenReasons);
    }
}
