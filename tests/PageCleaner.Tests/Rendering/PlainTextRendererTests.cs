using PageCleaner.Rendering;
using static PageCleaner.Tests.Rendering.RenderedResults;

namespace PageCleaner.Tests.Rendering;

public sealed class PlainTextRendererTests
{
    [Fact]
    public void Content_blocks_are_separated_by_blank_lines_and_list_items_by_single_newlines()
    {
        string text = PlainTextRenderer.Render(Article().Blocks);
        Assert.Equal(
            "Bridge vote passes\n\nFirst paragraph.\n\nSecond paragraph\nwith a line break.\n\nDetails\n\n"
            + "first item\nsecond item\nthird item\n\nA quoted remark.\n\nfor x in items:\n    print(x)\n",
            text);
    }

    [Fact]
    public void Boilerplate_and_spam_are_left_out()
    {
        string text = PlainTextRenderer.Render(Article().Blocks);
        Assert.DoesNotContain("Home | News", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on social", text, StringComparison.Ordinal);
        Assert.DoesNotContain("casino", text, StringComparison.Ordinal);
        Assert.DoesNotContain("©", text, StringComparison.Ordinal);
    }

    [Fact]
    public void List_items_separated_by_boilerplate_still_follow_each_other_directly()
    {
        BlockResult[] blocks =
        [
            Block(0, BlockLabel.Content, "one", tag: "li"),
            Block(1, BlockLabel.Boilerplate, "advert", tag: "li"),
            Block(2, BlockLabel.Content, "two", tag: "li"),
            Block(3, BlockLabel.Content, "paragraph"),
        ];
        Assert.Equal("one\ntwo\n\nparagraph\n", PlainTextRenderer.Render(blocks));
    }

    [Fact]
    public void A_page_without_content_renders_empty()
    {
        Assert.Equal("", PlainTextRenderer.Render([Block(0, BlockLabel.Boilerplate, "menu")]));
        Assert.Equal("", PlainTextRenderer.Render([]));
    }
}
