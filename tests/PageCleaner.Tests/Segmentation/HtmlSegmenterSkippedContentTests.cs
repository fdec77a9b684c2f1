namespace PageCleaner.Tests.Segmentation;

/// <summary>Markup whose content is never text, and the page title.</summary>
public sealed class HtmlSegmenterSkippedContentTests
{
    [Fact]
    public void Script_style_noscript_template_and_comments_never_reach_a_block()
    {
        const string Html = """
            <html><head><style>p { color: red } /* STYLETEXT */</style><script>var SCRIPTHEAD = 1;</script></head>
            <body>
            <p>Visible one<script>document.write("SCRIPTINLINE")</script> continues</p>
            <noscript><p>NOSCRIPTTEXT please enable JavaScript</p></noscript>
            <template><p>TEMPLATETEXT</p></template>
            <!-- COMMENTTEXT <p>not a paragraph</p> -->
            <p>Visible two<!-- INLINECOMMENT --> ends</p>
            <style>.x{} STYLEBODY</style>
            <script type="application/ld+json">{"headline":"LDJSONTEXT"}</script>
            <svg><text>SVGTEXT</text></svg>
            <select><option>OPTIONTEXT</option></select>
            <textarea>TEXTAREATEXT</textarea>
            </body></html>
            """;
        var page = Segmenting.Html(Html);
        Assert.Equal(["Visible one continues", "Visible two ends"], page.Texts());
        string all = string.Join("\n", page.Texts());
        foreach (string hidden in new[] { "STYLE", "SCRIPT", "NOSCRIPT", "TEMPLATE", "COMMENT", "LDJSON", "SVG", "OPTION", "TEXTAREA", "not a paragraph" })
        {
            Assert.DoesNotContain(hidden, all, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_title_element_is_the_title_and_not_a_block()
    {
        var page = Segmenting.Html("<html><head><title>  Flood wall &amp; harbour\n plan </title></head><body><p>Body text</p></body></html>");
        Assert.Equal("Flood wall & harbour plan", page.Title);
        Assert.Equal(["Body text"], page.Texts());
    }

    [Fact]
    public void Open_graph_title_is_the_fallback()
    {
        var page = Segmenting.Html("<html><head><meta property=\"og:title\" content=\"Graph title\"></head><body><p>Body</p></body></html>");
        Assert.Equal("Graph title", page.Title);
    }

    [Fact]
    public void An_empty_title_element_falls_back_to_open_graph()
    {
        var page = Segmenting.Html("<html><head><title>  </title><meta property=\"og:title\" content=\"Graph title\"></head><body><p>Body</p></body></html>");
        Assert.Equal("Graph title", page.Title);
    }

    [Fact]
    public void The_title_element_wins_over_open_graph_whatever_the_order()
    {
        var page = Segmenting.Html(
            "<html><head><meta property=\"og:title\" content=\"Graph title\"><title>Real title</title></head><body><p>Body</p></body></html>");
        Assert.Equal("Real title", page.Title);
    }

    [Fact]
    public void A_page_without_a_title_has_none()
    {
        Assert.Null(Segmenting.Html("<p>Just a paragraph</p>").Title);
    }

    [Fact]
    public void A_title_in_the_body_is_still_the_title_and_not_a_block()
    {
        var page = Segmenting.Html("<body><title>Stray title</title><p>Body</p></body>");
        Assert.Equal("Stray title", page.Title);
        Assert.Equal(["Body"], page.Texts());
    }
}
