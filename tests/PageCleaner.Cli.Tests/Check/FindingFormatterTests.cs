using PageCleaner.Cli.Checking;

namespace PageCleaner.Cli.Tests.Check;

/// <summary>The finding line: <c>path:line: label score "excerpt" hash=HASH</c>.</summary>
public sealed class FindingFormatterTests
{
    [Fact]
    public void Formats_every_part()
    {
        var finding = new Finding("pages/a.html", 24, "spam", 0.987, "best  online \"casino\"\nbonus \\ now", "29b6c46c81e90f58", false);

        Assert.Equal("pages/a.html:24: spam 0.99 \"best online \\\"casino\\\" bonus \\\\ now\" hash=29b6c46c81e90f58", FindingFormatter.Format(finding));
    }

    [Fact]
    public void Long_text_is_cut_with_an_ellipsis_and_never_inside_a_surrogate_pair()
    {
        string text = new string('a', FindingFormatter.ExcerptChars - 1) + "😀tail";

        string excerpt = FindingFormatter.Excerpt(text);

        Assert.Equal(new string('a', FindingFormatter.ExcerptChars - 1) + "…", excerpt);
        Assert.Equal("short", FindingFormatter.Excerpt("short"));
        Assert.Equal("ＡＢＣ 彩票", FindingFormatter.Excerpt(" ＡＢＣ\u3000彩票 ")); // shown as written; only spacing collapses
    }

    [Fact]
    public void Boilerplate_label_and_rounding()
    {
        var finding = new Finding("d.txt", 1, "boilerplate", 0.5, "Home", "0000000000000000", false);
        Assert.Equal("d.txt:1: boilerplate 0.50 \"Home\" hash=0000000000000000", FindingFormatter.Format(finding));
    }
}
