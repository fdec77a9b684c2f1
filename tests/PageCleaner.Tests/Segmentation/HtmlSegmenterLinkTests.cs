namespace PageCleaner.Tests.Segmentation;

public sealed class HtmlSegmenterLinkTests
{
    [Fact]
    public void Link_text_is_counted_in_non_whitespace_characters()
    {
        var block = Assert.Single(Segmenting.Html("<p>Read <a href=\"/story/42\">the full story</a> here.</p>").Blocks);
        Assert.Equal(12, block.LinkChars); // "thefullstory"
        Assert.Equal(1, block.LinkCount);
        Assert.Equal(["/story/42"], block.LinkTargets);
    }

    [Fact]
    public void Text_in_elements_nested_inside_a_link_is_link_text()
    {
        var block = Assert.Single(Segmenting.Html("<p><a href=\"https://example.org/a\"><b>Bold</b> <em>words</em></a> tail</p>").Blocks);
        Assert.Equal(9, block.LinkChars);
        Assert.Equal(["https://example.org/a"], block.LinkTargets);
    }

    [Fact]
    public void Every_href_in_the_block_is_collected_in_order()
    {
        var block = Assert.Single(Segmenting.Html(
            "<div><a href=\"/one\">One</a> | <a href=\"#top\">Two</a> | <a href=\"javascript:void(0)\">Three</a></div>").Blocks);
        Assert.Equal(["/one", "#top", "javascript:void(0)"], block.LinkTargets);
        Assert.Equal(3, block.LinkCount);
        Assert.Equal(11, block.LinkChars);
    }

    [Fact]
    public void Anchors_without_href_are_not_links()
    {
        var block = Assert.Single(Segmenting.Html("<p><a name=\"section-2\">Section two</a> begins here</p>").Blocks);
        Assert.Equal(0, block.LinkChars);
        Assert.Equal(0, block.LinkCount);
        Assert.Empty(block.LinkTargets);
    }

    [Fact]
    public void Links_belong_to_the_block_they_are_in()
    {
        var page = Segmenting.Html("<ul><li><a href=\"/a\">Alpha</a></li><li>Beta plain</li><li><a href=\"/c\">Gamma</a></li></ul>");
        Assert.Equal([5, 0, 5], page.Blocks.Select(b => b.LinkChars));
        Assert.Equal([1, 0, 1], page.Blocks.Select(b => b.LinkCount));
        Assert.Equal(["/c"], page.Blocks[2].LinkTargets);
    }
}
