using PageCleaner.Tests.Segmentation;

namespace PageCleaner.Tests.Features;

public sealed class StructureFeatureTests
{
    private static readonly FeatureRows Rows = new(Segmenting.Html("""
        <body>
        <nav><ul><li><a href="/">Home link</a></li></ul></nav>
        <article>
          <h1>Main headline</h1>
          <h2>Sub headline</h2>
          <p>Article paragraph.</p>
          <blockquote>Quoted words</blockquote>
          <pre>code line</pre>
          <figure><figcaption>Photo caption</figcaption></figure>
          <table><tr><td>Cell text</td></tr></table>
          <div style="display:none">Hidden words</div>
        </article>
        <footer><div>Footer words</div></footer>
        </body>
        """));

    [Theory]
    [InlineData("Main headline", 1f)]
    [InlineData("Sub headline", 0.5f)]
    [InlineData("Article paragraph", 0f)]
    public void Heading_level_is_one_over_the_level(string block, float expected)
    {
        Assert.Equal(expected, Rows.Of(block, "tag.heading_level"));
    }

    [Theory]
    [InlineData("Article paragraph", "tag.p")]
    [InlineData("Home link", "tag.li")]
    [InlineData("Cell text", "tag.cell")]
    [InlineData("code line", "tag.pre")]
    [InlineData("Quoted words", "tag.blockquote")]
    [InlineData("Photo caption", "tag.caption")]
    [InlineData("Footer words", "tag.div")]
    [InlineData("Hidden words", "dom.hidden")]
    [InlineData("Home link", "in.nav")]
    [InlineData("Home link", "in.anchor")]
    [InlineData("Home link", "in.list")]
    [InlineData("Article paragraph", "in.article")]
    [InlineData("Footer words", "in.footer")]
    [InlineData("Cell text", "in.table")]
    [InlineData("Quoted words", "in.quote")]
    [InlineData("Photo caption", "in.figure")]
    public void Element_and_ancestor_flags_are_set(string block, string feature)
    {
        Assert.Equal(1f, Rows.Of(block, feature));
    }

    [Theory]
    [InlineData("Article paragraph", "in.nav")]
    [InlineData("Article paragraph", "in.footer")]
    [InlineData("Article paragraph", "dom.hidden")]
    [InlineData("Footer words", "in.article")]
    [InlineData("Home link", "tag.p")]
    [InlineData("Article paragraph", "tag.text_line")]
    public void Flags_that_do_not_apply_are_zero(string block, string feature)
    {
        Assert.Equal(0f, Rows.Of(block, feature));
    }

    [Fact]
    public void Text_dump_lines_are_text_lines_with_no_dom()
    {
        var rows = new FeatureRows(Segmenting.Text("a line of a dump"));
        Assert.Equal(1f, rows[0, "tag.text_line"]);
        Assert.Equal(0f, rows[0, "dom.log_depth"]);
        Assert.Equal(0f, rows[0, "tag.p"]);
    }
}
