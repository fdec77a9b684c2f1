using System.Text;

namespace PageCleaner.Tests.Segmentation;

public sealed class ElementPathTests
{
    [Fact]
    public void Path_lists_block_level_ancestors_with_sibling_numbers()
    {
        var page = Segmenting.Html("<html><body><div>first</div><div><p>one</p><p>two</p></div></body></html>");
        Assert.Equal("html/body/div", page.BlockWith("first").Element!.BuildPath());
        Assert.Equal("html/body/div[2]/p", page.BlockWith("one").Element!.BuildPath());
        Assert.Equal("html/body/div[2]/p[2]", page.BlockWith("two").Element!.BuildPath());
    }

    [Fact]
    public void Inline_elements_are_not_steps_of_the_path()
    {
        var page = Segmenting.Html("<html><body><div><span><a href=\"/x\">linked</a></span></div></body></html>");
        Assert.Equal("html/body/div", page.BlockWith("linked").Element!.BuildPath());
    }

    [Fact]
    public void Siblings_are_numbered_by_element_name()
    {
        var page = Segmenting.Html("<html><body><ul><li>a</li><li>b</li></ul><p>x</p><ul><li>c</li></ul></body></html>");
        Assert.Equal("html/body/ul/li[2]", page.BlockWith("b").Element!.BuildPath());
        Assert.Equal("html/body/p", page.BlockWith("x").Element!.BuildPath());
        Assert.Equal("html/body/ul[2]/li", page.BlockWith("c").Element!.BuildPath());
    }

    // Up to eight children are numbered by comparing earlier siblings, more through a dictionary: both count the same.
    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(20)]
    public void Siblings_are_numbered_the_same_however_many_children_there_are(int pairs)
    {
        var html = new StringBuilder("<html><body><div>");
        for (int i = 1; i <= pairs; i++) html.Append($"<p>p{i}z</p> text <h2>h{i}z</h2>");
        var page = Segmenting.Html(html.Append("</div></body></html>").ToString());
        for (int i = 1; i <= pairs; i++)
        {
            string step = i == 1 ? "" : $"[{i}]";
            Assert.Equal($"html/body/div/p{step}", page.BlockWith($"p{i}z").Element!.BuildPath());
            Assert.Equal($"html/body/div/h2{step}", page.BlockWith($"h{i}z").Element!.BuildPath());
        }
    }

    [Fact]
    public void Sibling_numbers_of_several_digits_are_written_whole()
    {
        string html = "<html><body><div>" + string.Concat(Enumerable.Range(1, 123).Select(i => $"<p>x{i}y</p>")) + "</div></body></html>";
        var page = Segmenting.Html(html);
        Assert.Equal("html/body/div/p[9]", page.BlockWith("x9y").Element!.BuildPath());
        Assert.Equal("html/body/div/p[10]", page.BlockWith("x10y").Element!.BuildPath());
        Assert.Equal("html/body/div/p[123]", page.BlockWith("x123y").Element!.BuildPath());
    }

    [Fact]
    public void Very_deep_paths_keep_their_last_forty_steps()
    {
        var sb = new StringBuilder("<html><body>");
        for (int i = 0; i < 100; i++) sb.Append("<div>");
        sb.Append("deep");
        for (int i = 0; i < 100; i++) sb.Append("</div>");
        sb.Append("</body></html>");
        string path = Segmenting.Html(sb.ToString()).BlockWith("deep").Element!.BuildPath();
        Assert.StartsWith("…/div/", path, StringComparison.Ordinal);
        Assert.Equal(40, path["…/".Length..].Split('/').Length);
    }
}
