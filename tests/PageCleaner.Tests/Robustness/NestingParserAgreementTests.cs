using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PageCleaner.Documents;

namespace PageCleaner.Tests.Robustness;

/// <summary>
/// The flattening must read tags exactly as the parser does (HtmlAgilityPack's reading): where the two disagree,
/// hostile nesting slips past the limit into every walk over the tree. Checked against the parser itself.
/// </summary>
public sealed class NestingParserAgreementTests
{
    [Property(Arbitrary = [typeof(TagSoup)], MaxTest = 1500)]
    public void The_parser_never_nests_a_flattened_soup_deeper_than_the_limit_plus_a_leaf(string soup)
    {
        foreach (int limit in new[] { 2, 5 })
        {
            string flattened = NestingLimiter.Limit(soup, limit, out _);
            Assert.InRange(ParserDepth.Of(flattened), 0, limit + 1);
        }
    }

    [Property(Arbitrary = [typeof(TagSoup)], MaxTest = 500)]
    public void The_scan_never_counts_shallower_than_the_parser_builds(string soup) =>
        Assert.InRange(ParserDepth.Of(soup), 0, NestingLimiter.Depth(soup) + 1);

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    // Each of these read differently by a browser-minded scan than by the parser, and slipped past the limit.
    [Theory]
    [InlineData("<track>")] // not void for the parser
    [InlineData("<div a=b\">")] // a quote inside an unquoted value opens nothing
    [InlineData("<xmp><div>")] // xmp is not raw text for the parser
    [InlineData("<é>")] // any letter starts a tag
    [InlineData("<div title=\"a\"<span>")] // a tag cut short by another
    [InlineData("<p><div>")]
    [InlineData("<table><tr><td>")]
    [InlineData("<ul><li>")]
    [InlineData("<b a=1<%x%>>")] // server code inside a tag leaves it open
    public void Twenty_thousand_nested_repeats_are_flattened_to_the_limit(string unit)
    {
        string html = Repeat(unit + "word ", 20_000);
        string flattened = NestingLimiter.Limit(html, 100, out bool changed);
        Assert.True(changed);
        Assert.InRange(ParserDepth.Of(flattened), 1, 101);
        Assert.Equal(20_000, CountOf(flattened, "word "));
    }

    [Fact]
    public void Unclosed_rows_and_cells_of_a_long_table_are_not_nesting()
    {
        // Old pages leave </tr> and </td> out; the parser closes them, so such a table must stay as it is.
        string html = "<table>" + Repeat("<tr><td>cell<td>cell", 3000) + "</table>";
        Assert.Same(html, NestingLimiter.Limit(html, 100, out bool flattened));
        Assert.False(flattened);
    }

    [Fact]
    public void Dropping_a_tag_never_joins_a_lone_angle_bracket_with_the_text_after_it()
    {
        string html = Repeat("<div>", 10) + "<<span>x" + Repeat("</div>", 10);
        string flattened = NestingLimiter.Limit(html, 10, out _);
        Assert.Contains("< x", flattened, StringComparison.Ordinal);
        Assert.InRange(ParserDepth.Of(flattened), 0, 11);
    }

    private static int CountOf(string s, string needle)
    {
        int n = 0;
        for (int i = s.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = s.IndexOf(needle, i + needle.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
