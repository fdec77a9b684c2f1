namespace PageCleaner.Tests.Segmentation;

/// <summary>Where the segmenter cuts the text of a page into blocks.</summary>
public sealed class HtmlSegmenterBlockTests
{
    [Theory]
    [InlineData("p")]
    [InlineData("div")]
    [InlineData("li")]
    [InlineData("td")]
    [InlineData("h1")]
    [InlineData("h2")]
    [InlineData("h3")]
    [InlineData("h4")]
    [InlineData("h5")]
    [InlineData("h6")]
    [InlineData("pre")]
    [InlineData("blockquote")]
    public void Block_level_elements_cut_blocks(string tag)
    {
        string html = $"<html><body><section>before<{tag}>inside</{tag}>after</section></body></html>";
        if (tag is "li") html = html.Replace("<li>", "<ul><li>", StringComparison.Ordinal).Replace("</li>", "</li></ul>", StringComparison.Ordinal);
        if (tag is "td") html = html.Replace("<td>", "<table><tr><td>", StringComparison.Ordinal).Replace("</td>", "</td></tr></table>", StringComparison.Ordinal);
        var page = Segmenting.Html(html);
        Assert.Equal(["before", "inside", "after"], page.Texts());
        Assert.Equal(tag, page.Blocks[1].Tag);
    }

    [Fact]
    public void Sibling_paragraphs_are_separate_blocks_in_reading_order()
    {
        var page = Segmenting.Html("<body><p>First paragraph.</p><p>Second paragraph.</p><p>Third paragraph.</p></body>");
        Assert.Equal(["First paragraph.", "Second paragraph.", "Third paragraph."], page.Texts());
        Assert.Equal([0, 1, 2], page.Blocks.Select(b => b.Index));
    }

    [Fact]
    public void Unclosed_paragraphs_and_list_items_are_still_separate_blocks()
    {
        var page = Segmenting.Html("<body><p>one<p>two<ul><li>three<li>four</ul></body>");
        Assert.Equal(["one", "two", "three", "four"], page.Texts());
    }

    [Fact]
    public void Table_cells_are_separate_blocks()
    {
        var page = Segmenting.Html("<table><tr><th>Name</th><th>Score</th></tr><tr><td>Lena</td><td>91</td></tr></table>");
        Assert.Equal(["Name", "Score", "Lena", "91"], page.Texts());
        Assert.Equal(["th", "th", "td", "td"], page.Blocks.Select(b => b.Tag));
    }

    [Fact]
    public void Inline_elements_do_not_cut_the_block()
    {
        var page = Segmenting.Html(
            "<p>Alpha <span>beta</span> <a href=\"/g\">gamma</a> <em>delta</em>, <strong>epsilon</strong><b>zeta</b> <code>eta</code>.</p>");
        Assert.Equal(["Alpha beta gamma delta, epsilonzeta eta."], page.Texts());
        Assert.Equal("p", page.Blocks[0].Tag);
    }

    [Fact]
    public void A_single_br_is_a_newline_inside_the_block()
    {
        var page = Segmenting.Html("<p>First line<br>second line<br/>third line</p>");
        Assert.Equal(["First line\nsecond line\nthird line"], page.Texts());
    }

    [Theory]
    [InlineData("<div>First part<br><br>second part</div>")]
    [InlineData("<div>First part<br>\n  <br>second part</div>")]
    [InlineData("<div>First part<br/><br/><br/>second part</div>")]
    public void Two_br_in_a_row_cut_the_block(string html)
    {
        var page = Segmenting.Html(html);
        Assert.Equal(["First part", "second part"], page.Texts());
        Assert.All(page.Blocks, b => Assert.Equal("div", b.Tag));
    }

    [Fact]
    public void A_br_before_any_text_adds_nothing()
    {
        var page = Segmenting.Html("<p><br>text after a leading break<br></p>");
        Assert.Equal(["text after a leading break"], page.Texts());
    }

    [Fact]
    public void An_hr_cuts_the_block()
    {
        var page = Segmenting.Html("<div>above the rule<hr>below the rule</div>");
        Assert.Equal(["above the rule", "below the rule"], page.Texts());
    }

    [Theory]
    [InlineData("<p>Fish &amp; chips</p>", "Fish & chips")]
    [InlineData("<p>a&nbsp;&nbsp;b</p>", "a b")]
    [InlineData("<p>&#20013;&#25991;</p>", "中文")]
    [InlineData("<p>&#x4E2D;&#x6587;</p>", "中文")]
    [InlineData("<p>&lt;script&gt; is text here</p>", "<script> is text here")]
    [InlineData("<p>&quot;quoted&quot; &copy; 2025</p>", "\"quoted\" © 2025")]
    public void Entities_are_decoded(string html, string expected)
    {
        Assert.Equal([expected], Segmenting.Html(html).Texts());
    }

    [Fact]
    public void Whitespace_is_collapsed_and_trimmed()
    {
        var page = Segmenting.Html("<p>\n   many    spaces\n\tand\r\n newlines   </p>");
        Assert.Equal(["many spaces and newlines"], page.Texts());
    }

    [Fact]
    public void Whitespace_only_elements_make_no_block()
    {
        var page = Segmenting.Html("<body><p>   </p><div>\n\t</div><p>&nbsp;</p><p>real text</p></body>");
        Assert.Equal(["real text"], page.Texts());
    }

    [Fact]
    public void Preformatted_text_keeps_its_lines_and_indentation()
    {
        var page = Segmenting.Html("<pre>\nfor x in items:\n    print(x)\n\n\tdone()   \n</pre>");
        var block = Assert.Single(page.Blocks);
        Assert.True(block.Preformatted);
        Assert.Equal("for x in items:\n    print(x)\n\n done()", block.Text);
    }

    [Theory]
    [InlineData("h1", 1)]
    [InlineData("h2", 2)]
    [InlineData("h3", 3)]
    [InlineData("h6", 6)]
    [InlineData("p", 0)]
    [InlineData("li", 0)]
    public void Headings_carry_their_level(string tag, int level)
    {
        var page = Segmenting.Html($"<ul><{tag}>Some text</{tag}></ul>");
        Assert.Equal(level, Assert.Single(page.Blocks).HeadingLevel);
    }

    [Fact]
    public void Source_line_is_where_the_text_starts()
    {
        const string Html = "<html>\n<body>\n<p>on line three</p>\n\n<p>\non line six</p>\n</body></html>";
        var page = Segmenting.Html(Html);
        Assert.Equal(3, page.BlockWith("three").Line);
        Assert.Equal(6, page.BlockWith("six").Line);
    }
}
