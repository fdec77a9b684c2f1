using PageCleaner.Markup;
using PageCleaner.Segmentation;

namespace PageCleaner.Tests.Segmentation;

/// <summary>Rules naming a class or id that no element of the page carries are dropped before any element is matched.</summary>
public sealed class StyleRulePresenceTests
{
    // The sheet is padded with rules for a class the page has, so that it is long enough to be thinned.
    private static readonly string Padding = string.Concat(Enumerable.Repeat(".pad{display:none}", StyleRulePresence.MinRules));

    private static int Rules(string css, string body) =>
        StyleSheet.FromDocument(MarkupParser.Parse($"<html><head><style>{Padding}{css}</style></head><body><i class=\"pad\"></i>{body}</body></html>")).RuleCount
        - StyleRulePresence.MinRules;

    [Fact]
    public void A_short_sheet_is_kept_whole()
    {
        var document = MarkupParser.Parse("<html><head><style>.ad{display:none} #x{display:none}</style></head><body><p>Text.</p></body></html>");
        Assert.Equal(2, StyleSheet.FromDocument(document).RuleCount);
    }

    [Theory]
    [InlineData(".ad{display:none}", "<div class=\"story\">x</div>", 0)]
    [InlineData(".ad{display:none}", "<div class=\"story ad\">x</div>", 1)]
    [InlineData(".AD{display:none}", "<div class=\"ad\">x</div>", 1)]
    [InlineData("#promo{display:none}", "<div id=\" promo \">x</div>", 1)]
    [InlineData("#promo{display:none}", "<div id=\"promotion\">x</div>", 0)]
    [InlineData(".wrap .ad{display:none}", "<div class=\"ad\">x</div>", 0)]
    [InlineData(".wrap .ad{display:none}", "<section class=\"wrap\"><div class=\"ad\">x</div></section>", 1)]
    [InlineData("div.box span{display:none} span{display:none}", "<span>x</span>", 1)]
    [InlineData(".a.b{display:none}", "<i class=\"a\"></i><i class=\"b\"></i>", 1)]
    public void Only_rules_whose_classes_and_ids_occur_on_the_page_are_kept(string css, string body, int kept)
    {
        Assert.Equal(kept, Rules(css, body));
    }

    [Fact]
    public void A_rule_kept_for_classes_found_on_different_elements_still_hides_nothing_it_does_not_select()
    {
        // ".a.b" is kept (both classes occur) but no element carries both: matching still decides.
        SegmentedPage page = Segmenting.Html("<html><head><style>.a.b{display:none}</style></head><body><p class=\"a\">First paragraph here.</p><p class=\"b\">Second paragraph here.</p></body></html>");
        Assert.All(page.Blocks, b => Assert.False(b.Hidden));
    }

    [Theory]
    [InlineData("lnk", "lnk", true)]
    [InlineData("x lnk", "lnk", true)]
    [InlineData("x\tLNK\ny", "lnk", true)]
    [InlineData("lnkx lnk", "lnk", true)]
    [InlineData("lnkx xlnk", "lnk", false)]
    [InlineData("a-lnk", "lnk", false)]
    [InlineData("", "lnk", false)]
    [InlineData("lnk", "", false)]
    public void A_class_counts_only_as_a_whole_token_of_the_list(string list, string name, bool expected)
    {
        Assert.Equal(expected, StyleCompound.HasClass(list, name));
    }
}
