namespace PageCleaner.Tests.Segmentation;

/// <summary>Text the page hides from readers, a favourite place for injected spam.</summary>
public sealed class HtmlSegmenterHiddenTests
{
    [Theory]
    [InlineData("style=\"display:none\"")]
    [InlineData("style=\"DISPLAY: NONE !important\"")]
    [InlineData("style=\"color:#333; visibility: hidden\"")]
    [InlineData("style=\"font-size:0\"")]
    [InlineData("style=\"font-size: 0px\"")]
    [InlineData("style=\"text-indent:-9999px\"")]
    [InlineData("style=\"position:absolute; left:-9999px\"")]
    [InlineData("style=\"position:absolute;top:-2000px\"")]
    [InlineData("style=\"height:1px;overflow:hidden\"")]
    [InlineData("style=\"overflow:hidden; width:0\"")]
    [InlineData("style=\"opacity:0\"")]
    [InlineData("hidden")]
    [InlineData("aria-hidden=\"true\"")]
    public void Hidden_elements_make_hidden_blocks(string attribute)
    {
        var page = Segmenting.Html($"<body><p>Visible paragraph.</p><div {attribute}>Secret link farm</div></body>");
        Assert.False(page.BlockWith("Visible").Hidden);
        Assert.True(page.BlockWith("Secret").Hidden);
    }

    [Theory]
    [InlineData("style=\"display:block\"")]
    [InlineData("style=\"font-size:12px\"")]
    [InlineData("style=\"text-indent:2em\"")]
    [InlineData("style=\"height:1px\"")]
    [InlineData("style=\"overflow:hidden; height:300px\"")]
    [InlineData("style=\"left:-20px\"")]
    [InlineData("style=\"opacity:0.8\"")]
    [InlineData("aria-hidden=\"false\"")]
    [InlineData("class=\"hidden\"")]
    public void Ordinary_styles_do_not_hide(string attribute)
    {
        var page = Segmenting.Html($"<body><div {attribute}>Ordinary text</div></body>");
        Assert.False(Assert.Single(page.Blocks).Hidden);
    }

    [Fact]
    public void A_hidden_element_inside_a_visible_paragraph_becomes_its_own_hidden_block()
    {
        var page = Segmenting.Html(
            "<p>Visible start <span style=\"display:none\">casino bonus spam</span> visible end.</p>");
        Assert.Equal(["Visible start", "casino bonus spam", "visible end."], page.Texts());
        Assert.Equal([false, true, false], page.Blocks.Select(b => b.Hidden));
        Assert.Equal("span", page.Blocks[1].Tag);
    }

    [Fact]
    public void Everything_inside_a_hidden_container_is_hidden()
    {
        var page = Segmenting.Html(
            "<div style=\"display:none\"><p>first hidden</p><ul><li>second hidden</li></ul><p style=\"display:block\">third hidden</p></div><p>shown</p>");
        Assert.Equal([true, true, true, false], page.Blocks.Select(b => b.Hidden));
    }
}
