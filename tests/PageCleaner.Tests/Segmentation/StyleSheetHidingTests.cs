using PageCleaner.Segmentation;

namespace PageCleaner.Tests.Segmentation;

/// <summary>Rules of the page's own style elements hide what they select.</summary>
public sealed class StyleSheetHidingTests
{
    private static SegmentedPage Page(string css, string body) =>
        Segmenting.Html($"<html><head><style>{css}</style></head><body><p>Visible paragraph.</p>{body}</body></html>");

    [Theory]
    [InlineData(".lnk{display:none}", "<div class=\"lnk\">Secret</div>", HiddenReasons.DisplayNone)]
    [InlineData(".a1 { visibility: hidden; height: 0; }", "<div class=\"x a1\">Secret</div>", HiddenReasons.VisibilityHidden)]
    [InlineData("#pool{position:absolute;left:-9999px;top:0}", "<div id=\"pool\">Secret</div>", HiddenReasons.OffScreen)]
    [InlineData(".b7{height:0;overflow:hidden}", "<section class=\"b7\"><p>Secret</p></section>", HiddenReasons.TinyBox)]
    [InlineData("marquee{font-size:0}", "<marquee>Secret</marquee>", HiddenReasons.Transparent | HiddenReasons.Marquee)]
    [InlineData("div.foot span{display:none}", "<div class=\"foot\"><p>shown <span>Secret</span></p></div>", HiddenReasons.DisplayNone)]
    [InlineData("#w > .z{opacity:0}", "<div id=\"w\"><div class=\"z\">Secret</div></div>", HiddenReasons.Transparent)]
    [InlineData(".q.r{display:none}", "<div class=\"r q\">Secret</div>", HiddenReasons.DisplayNone)]
    [InlineData(".LNK{display:none}", "<div class=\"lnk\">Secret</div>", HiddenReasons.DisplayNone)]
    public void Rules_hide_the_elements_they_select(string css, string body, HiddenReasons expected)
    {
        Block secret = Page(css, body).BlockWith("Secret");
        Assert.Equal(expected | HiddenReasons.StyleSheet, secret.HiddenReasons);
        Assert.False(Page(css, body).BlockWith("Visible").Hidden);
    }

    [Theory]
    [InlineData(".lnk{display:none}", "<div class=\"lnkx\">Secret</div>")]
    [InlineData("div.foot span{display:none}", "<div class=\"head\"><p><span>Secret</span></p></div>")]
    [InlineData("a:hover{display:none}", "<p><a href=\"/\">Secret</a></p>")]
    [InlineData("[data-x]{display:none}", "<div data-x=\"1\">Secret</div>")]
    [InlineData("h2 + p{display:none}", "<h2>t</h2><p>Secret</p>")]
    [InlineData("*{display:none}", "<div>Secret</div>")]
    [InlineData(".lnk{color:red}", "<div class=\"lnk\">Secret</div>")]
    [InlineData("@media print{.lnk{display:none}}", "<div class=\"lnk\">Secret</div>")]
    [InlineData("@media (max-width: 600px){.lnk{display:none}}", "<div class=\"lnk\">Secret</div>")]
    [InlineData("/* .lnk{display:none} */", "<div class=\"lnk\">Secret</div>")]
    [InlineData(".lnk{color:red} /* .lnk{display:none}", "<div class=\"lnk\">Secret</div>")]
    [InlineData(".lnk{d\u0131splay:none}", "<div class=\"lnk\">Secret</div>")]
    [InlineData("@font-face{font-family:x;src:url(a.woff)} @keyframes k{from{opacity:0}to{opacity:1}}", "<div class=\"from\">Secret</div>")]
    public void Rules_that_do_not_apply_hide_nothing(string css, string body)
    {
        Assert.False(Page(css, body).BlockWith("Secret").Hidden);
    }

    [Theory]
    [InlineData(".tab{display:none} .tab.active{display:block}", "<div class=\"tab active\">Secret</div>")]
    [InlineData(".x{display:none} .x{display:block}", "<div class=\"x\">Secret</div>")]
    [InlineData("#main .x{visibility:visible} .x{visibility:hidden}", "<div id=\"main\"><div class=\"x\">Secret</div></div>")]
    public void A_later_or_more_specific_rule_can_show_it_again(string css, string body)
    {
        Assert.False(Page(css, body).BlockWith("Secret").Hidden);
    }

    [Theory]
    [InlineData("<!-- .k{display:none} -->")]
    [InlineData("/* note */ .k /* x */ {display /* y */ : none}")]
    [InlineData("@media screen { .k{display:none} }")]
    [InlineData("@media all{ @supports (display:grid) { .k{display:none} } }")]
    [InlineData("}}} {.orphan} .k{display:none}")]
    [InlineData(".k{display:none;;color:}")]
    [InlineData("p{color:red}} .k{display:none}")]
    [InlineData("@import url(x.css); @charset \"utf-8\"; .k{display:none}")]
    [InlineData(".k{display:none")]
    [InlineData(".k{DISPLAY : None}")]
    [InlineData(".k{Margin-Left:-9999px}")]
    [InlineData("/* unclosed <!-- */ .k{display:none} <!-- --> --->")]
    public void Comments_media_blocks_and_malformed_css_are_read_tolerantly(string css)
    {
        Assert.True(Page(css, "<div class=\"k\">Secret</div>").BlockWith("Secret").Hidden);
    }

    [Fact]
    public void A_style_element_in_the_body_after_the_block_still_applies()
    {
        var page = Segmenting.Html("<html><body><p>Visible paragraph.</p><div class=\"k\">Secret</div><style>.k{display:none}</style></body></html>");
        Assert.True(page.BlockWith("Secret").Hidden);
    }

    [Theory]
    [InlineData("html { display: none; }", "")]
    [InlineData("body { visibility: hidden !important; }", "")]
    [InlineData(".async-hide { opacity: 0 !important }", " class=\"async-hide\"")]
    public void Rules_hiding_the_whole_document_are_ignored(string css, string htmlAttributes)
    {
        var page = Segmenting.Html($"<html{htmlAttributes}><head><style>{css}</style></head><body><p>Article text.</p></body></html>");
        Assert.False(page.BlockWith("Article").Hidden);
    }

    [Theory]
    [InlineData("<style a=1<p>x</p><style>.k{display:none}</style>", 0)]
    [InlineData("<style a=1<p>x</p></style><style>.k{display:none}</style>", 1)]
    [InlineData("<style>.j{display:none}</style><div><style>.k{display:none}</style></div>", 2)]
    public void A_style_element_inside_a_style_tag_left_open_is_its_content_not_a_sheet(string body, int rules)
    {
        // "<style a=1<p>" is cut short by the next tag: it stays open as an ordinary element until its end tag.
        var document = PageCleaner.Markup.MarkupParser.Parse($"<html><body><p class=\"j k\">Text.</p>{body}</body></html>");
        Assert.Equal(rules, StyleSheet.FromDocument(document).RuleCount);
    }

    [Fact]
    public void A_style_element_for_print_does_not_apply()
    {
        var page = Segmenting.Html("<html><head><style media=\"print\">.k{display:none}</style></head><body><div class=\"k\">Secret</div></body></html>");
        Assert.False(page.BlockWith("Secret").Hidden);
    }

    [Fact]
    public void Huge_and_garbled_style_sheets_finish_quickly()
    {
        string css = string.Concat(Enumerable.Repeat("{{{ }}} .a .b .c .d { display:none } @media { ;;; /* ", 20000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var page = Page(css, "<div class=\"d\">Secret</div>");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), watch.Elapsed.ToString());
        Assert.NotEmpty(page.Blocks);
    }
}
