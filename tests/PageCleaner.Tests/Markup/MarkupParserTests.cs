using PageCleaner.Markup;

namespace PageCleaner.Tests.Markup;

public sealed class MarkupParserTests
{
    [Fact]
    public void Elements_know_where_their_tags_start_and_end()
    {
        const string html = "<div class=\"a b\" hidden>\n<p>x &amp; y</p><br>\n</div>";
        MarkupDocument doc = MarkupParser.Parse(html);
        MarkupNode div = doc.Root.Children[0];
        Assert.Equal("div", div.Name);
        Assert.Equal(0, div.Start);
        Assert.Equal(html.IndexOf('>') + 1, div.StartTagEnd);
        Assert.Equal(html.LastIndexOf("</div>", StringComparison.Ordinal), div.EndTagStart);
        Assert.Equal(html.Length, div.End);
        MarkupNode p = div.Children[1];
        Assert.Equal("p", p.Name);
        Assert.Equal(2, p.Line);
        Assert.Equal("x &amp; y", p.Children[0].Text); // raw: nothing is decoded
        MarkupNode br = div.Children[2];
        Assert.Equal(-1, br.EndTagStart);
        Assert.Equal(br.StartTagEnd, br.End);
    }

    [Fact]
    public void Attributes_keep_their_ranges_and_the_last_of_a_name_counts()
    {
        const string html = "<a HREF='/x' data-x=1 title=\"t\" hidden title=u>";
        MarkupNode a = MarkupParser.Parse(html).Root.Children[0];
        Assert.Equal("/x", a.GetAttribute("href"));
        Assert.Equal("u", a.GetAttribute("title"));
        Assert.True(a.HasAttribute("hidden"));
        Assert.Equal("", a.GetAttribute("hidden"));
        Assert.Null(a.GetAttribute("id"));
        MarkupAttribute href = a.Attributes[0];
        Assert.Equal("HREF='/x'", html[href.NameStart..href.End]);
        Assert.Equal(MarkupQuote.SingleQuote, href.Quote);
        MarkupAttribute hidden = a.Attributes[3];
        Assert.Equal(MarkupQuote.WithoutValue, hidden.Quote);
        Assert.Equal("hidden", html[hidden.NameStart..hidden.End]);
    }

    [Fact]
    public void A_hundred_thousand_nested_elements_parse_without_recursion()
    {
        string html = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "deep";
        MarkupDocument document = MarkupParser.Parse(html);
        Assert.Equal(100_000, document.MaxDepth);
        MarkupNode node = document.Root;
        int depth = 0;
        while (node.FirstChild is { Kind: MarkupNodeKind.Element } child)
        {
            node = child;
            depth++;
        }
        Assert.Equal(100_000, depth);
        Assert.Equal("deep", node.FirstChild!.Text);
    }

    [Fact]
    public void Known_names_are_shared_strings()
    {
        MarkupDocument one = MarkupParser.Parse("<DIV class=x>"), two = MarkupParser.Parse("<div CLASS=y>");
        Assert.Same(one.Root.Children[0].Name, two.Root.Children[0].Name);
        Assert.Same(one.Root.Children[0].Attributes[0].Name, two.Root.Children[0].Attributes[0].Name);
    }

    [Theory]
    [InlineData("text only", 0)]
    [InlineData("<p>a<p>b<div>c", 1)]
    [InlineData("<ul><li>a<li>b<img></ul>", 3)]
    [InlineData("<b><i>x</b><br></i>", 2)]
    [InlineData("x</br>", 1)]
    public void The_depth_is_that_of_the_deepest_element(string html, int depth) =>
        Assert.Equal(depth, MarkupParser.Parse(html).MaxDepth);
}
