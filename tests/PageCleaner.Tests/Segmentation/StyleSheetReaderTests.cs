using PageCleaner.Segmentation;

namespace PageCleaner.Tests.Segmentation;

/// <summary>The CSS reader keeps the visibility rules it understands and skips the rest.</summary>
public sealed class StyleSheetReaderTests
{
    [Fact]
    public void Reads_selector_lists_into_one_rule_each_in_order()
    {
        List<StyleRule> rules = StyleSheetReader.Read(".a, #b, ul li.c{display:none} .d{color:red} .e{display:block}");
        Assert.Equal(4, rules.Count);
        Assert.Equal("a", rules[0].Subject.Classes.Single());
        Assert.Equal("b", rules[1].Subject.Id);
        Assert.Equal(["ul", "li"], rules[2].Chain.Select(c => c.Tag));
        Assert.True(rules[3].Effect.Shows);
        Assert.Equal([0, 1, 2, 3], rules.Select(r => r.Order));
        Assert.True(rules[1].Specificity > rules[2].Specificity);
    }

    [Theory]
    [InlineData("a:hover")]
    [InlineData("input[type=text]")]
    [InlineData("p ~ p")]
    [InlineData("h1 + p")]
    [InlineData(".a\\:b")]
    [InlineData("#a#b")]
    [InlineData(".")]
    [InlineData("*")]
    public void Unsupported_selectors_are_skipped(string selector)
    {
        Assert.Null(StyleSheetReader.ParseSelector(selector));
    }

    [Fact]
    public void The_rule_limit_holds()
    {
        string css = string.Concat(Enumerable.Range(0, StyleSheetReader.MaxRules + 50).Select(i => $".c{i}{{display:none}}"));
        Assert.Equal(StyleSheetReader.MaxRules, StyleSheetReader.Read(css).Count);
    }
}
