using HtmlAgilityPack;
using PageCleaner.Segmentation;

namespace PageCleaner.Tests.Segmentation;

public sealed class TextNodeSourceTests
{
    [Theory]
    [InlineData("<p>plain</p>")]
    [InlineData("<html><body><p>a &amp; b &nbsp c</p>\n  <div>x<br>y<span> z </span></div></body></html>")]
    [InlineData("<p>unclosed <b>bold <i>both</p> after<table><td>cell</table>")]
    [InlineData("<style>.a{display:none}</style><script>var x = '<p>';</script><pre>\n  kept\n</pre>")]
    [InlineData("text before any tag <p>then a paragraph")]
    [InlineData("<p>中文 ✓ 𝄞 emoji 😀</p>")]
    public void Every_parsed_text_node_reads_as_the_parser_text(string html)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        int nodes = 0;
        foreach (HtmlNode node in document.DocumentNode.DescendantsAndSelf())
        {
            if (node is not HtmlTextNode text) continue;
            nodes++;
            Assert.Equal(text.Text, TextNodeSource.Raw(text, document.Text).ToString());
        }
        Assert.True(nodes > 0);
    }

    [Fact]
    public void A_node_made_after_parsing_falls_back_to_its_own_text()
    {
        var document = new HtmlDocument();
        document.LoadHtml("<p>parsed</p>");
        HtmlTextNode made = document.CreateTextNode("made later");
        Assert.Equal("made later", TextNodeSource.Raw(made, document.Text).ToString());
        Assert.Equal("made later", TextNodeSource.Raw(made, null).ToString());
    }
}
