using FsCheck;
using FsCheck.Xunit;
using PageCleaner.Tests.Robustness;

namespace PageCleaner.Tests.Markup;

/// <summary>
/// Our parser must build the tree HtmlAgilityPack 1.13 builds, which the default model was trained on: the same
/// elements, attributes, text and comments at the same places, from random tag soup and from hand-picked corners.
/// </summary>
public sealed class MarkupParserAgreementTests
{
    // Server code ("<% ... %>") inside a tag is left out: HtmlAgilityPack then renames and re-adds the attribute read
    // before it, which pages scraped from the web do not rely on. Server code in text is compared (the corners below).
    [Property(Arbitrary = [typeof(TagSoup)], MaxTest = 3000)]
    public void Random_tag_soup_gives_the_same_tree(string soup)
    {
        if (soup.Contains("<%", StringComparison.Ordinal)) return;
        Assert.Equal(HapTree.OfAgilityPack(soup), HapTree.OfMarkup(soup));
    }

    [Theory]
    [InlineData("<p>a<p>b<div>c</div>d")]
    [InlineData("<ul><li>a<li>b</ul>x")]
    [InlineData("<b><i>x</b>y</i>z")]
    [InlineData("<table><tr><td>a<td>b<tr><td>c</table>")]
    [InlineData("<p>a<span>b<div>c")]
    [InlineData("<dl><dt>a<dd>b<dt>c</dl>")]
    [InlineData("<h1>a<h2>b</h2><h6>c")]
    [InlineData("a</p>b</br>c</form>d")]
    [InlineData("<div id=1><span><div id=2></span>x</div>y")]
    [InlineData("<div a=1 a=2 B='3' c d=\"&amp;\" e=>x")]
    [InlineData("<div class=\"a\"\" b=2 ' c>x")]
    [InlineData("<a href=\"#\" in to Reply</a>z")]
    [InlineData("<div<p>z")]
    [InlineData("<div a=1<p>w")]
    [InlineData("<path a/>x<path a=\"1\"/>y<path a=\"1\";/>z")]
    [InlineData("<script src=x />a</script>b<script>if(a<b)</div></script>c<style>p{}</style >d")]
    [InlineData("<title>a<b>c</title>d<textarea>e</textarea>")]
    [InlineData("<!DOCTYPE html><!--c--><!-->x<!--->y<!x>z<?php ?>w<![CDATA[v]]>u")]
    [InlineData("a < b <3 c<-d <1> <_x> </ div> </>e")]
    [InlineData("<body><p>a</body><p>b</html>c")]
    [InlineData("a<%b%>c<div>d<%<!x><p>%>e<%>f<p>a<%b</p>c%>d")]
    [InlineData("<b a=1<%x%>>y</b>z<div a=\"<%x%>\">z")]
    [InlineData("<ahref=\"https://w.com/a/\" title=F>q")]
    [InlineData("line\n<div\nclass=x>\n\ntext</div>\r\n<p>more")]
    public void Corners_give_the_same_tree(string html) =>
        Assert.Equal(HapTree.OfAgilityPack(html), HapTree.OfMarkup(html));
}
