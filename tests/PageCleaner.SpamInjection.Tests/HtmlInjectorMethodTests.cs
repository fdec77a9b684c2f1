using HtmlAgilityPack;
using PageCleaner.SpamInjection.Injection;

namespace PageCleaner.SpamInjection.Tests;

/// <summary>Each hiding method produces the markup it names, as the library and a stylesheet read it.</summary>
public sealed class HtmlInjectorMethodTests
{
    private static readonly Cleaner Cleaner = Cleaner.CreateDefault();

    public static TheoryData<HidingMethod> InlineHidden => [
        HidingMethod.DisplayNone, HidingMethod.VisibilityHidden, HidingMethod.FontSizeZero, HidingMethod.OpacityZero,
        HidingMethod.TinyBox, HidingMethod.OffScreenAbsolute, HidingMethod.OffScreenFixed, HidingMethod.TextIndent,
        HidingMethod.Clip, HidingMethod.HiddenAttribute, HidingMethod.AriaHidden];

    [Theory]
    [MemberData(nameof(InlineHidden))]
    public void Inline_methods_hide_the_block_from_the_library_reader(HidingMethod method)
    {
        for (int seed = 0; seed < 6; seed++)
        {
            InjectedPage page = Inject(method, Place.PageEnd, seed);
            var blocks = Cleaner.Clean(page.Text).Blocks.Where(b => page.Phrases.Any(p => b.Text.Contains(p, StringComparison.Ordinal))).ToList();
            Assert.NotEmpty(blocks);
            Assert.All(blocks, b => Assert.True(b.Hidden, $"{method} (seed {seed}) left '{b.Text}' visible"));
        }
    }

    [Theory]
    [InlineData(HidingMethod.DisplayNone, "display")]
    [InlineData(HidingMethod.VisibilityHidden, "visibility:hidden")]
    [InlineData(HidingMethod.FontSizeZero, "font-size:0")]
    [InlineData(HidingMethod.OpacityZero, "opacity:0")]
    [InlineData(HidingMethod.TinyBox, "overflow:hidden")]
    [InlineData(HidingMethod.OffScreenAbsolute, "position:absolute;left:-")]
    [InlineData(HidingMethod.OffScreenFixed, "position:fixed;top:-")]
    [InlineData(HidingMethod.TextIndent, "text-indent:-9999px")]
    [InlineData(HidingMethod.Clip, "clip:rect(0")]
    public void Inline_style_methods_use_their_own_declaration(HidingMethod method, string declaration)
    {
        InjectedPage page = Inject(method, Place.InsideArticle, 2);
        HtmlNode holder = Holder(page);
        Assert.Contains(holder.AncestorsAndSelf(), a => a.GetAttributeValue("style", "").Contains(declaration, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(HidingMethod.StyleClass)]
    [InlineData(HidingMethod.StyleId)]
    [InlineData(HidingMethod.StyleTag)]
    [InlineData(HidingMethod.StyleDescendant)]
    public void Stylesheet_methods_put_a_hiding_rule_that_selects_the_block_into_a_style_element(HidingMethod method)
    {
        for (int seed = 0; seed < 8; seed++)
        {
            InjectedPage page = Inject(method, Place.ArticleEnd, seed);
            var document = Parse(page.Text);
            var rules = Rules(string.Concat(document.DocumentNode.Descendants("style").Select(s => s.InnerText)));
            HtmlNode holder = Holder(page);
            var ancestors = holder.AncestorsAndSelf().ToList();
            var selectors = method switch
            {
                HidingMethod.StyleClass => ancestors.Select(a => a.GetAttributeValue("class", "")).Where(c => c.Length > 0).Select(c => "." + c),
                HidingMethod.StyleId => ancestors.Select(a => a.GetAttributeValue("id", "")).Where(c => c.Length > 0).Select(c => "#" + c),
                HidingMethod.StyleTag => ancestors.Where(a => a.Name is not ("body" or "html" or "div")).Select(a => a.Name),
                _ => ancestors.Select(a => a.GetAttributeValue("class", "")).Where(c => c.Length > 0).Select(c => $".{c} {holder.Name}"),
            };
            var rule = rules.FirstOrDefault(r => selectors.Contains(r.Selector));
            Assert.True(rule.Selector is not null, $"{method} (seed {seed}): no rule selects the block");
            Assert.Matches("display: ?none|visibility:hidden|left:-9999px|font-size:0", rule.Declarations);
            if (method == HidingMethod.StyleTag) Assert.DoesNotContain("<" + holder.Name + ">", TestPages.Html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Stylesheet_rules_go_into_the_pages_own_style_element_or_a_new_one_in_its_head()
    {
        var where = new HashSet<string>(StringComparer.Ordinal);
        for (int seed = 0; seed < 12; seed++)
        {
            InjectedPage page = Inject(HidingMethod.StyleClass, Place.PageEnd, seed);
            string name = Holder(page).AncestorsAndSelf().Select(a => a.GetAttributeValue("class", "")).First(c => c.Length > 0);
            int rule = page.Text.IndexOf("." + name + "{", StringComparison.Ordinal);
            Assert.InRange(rule, 0, page.Text.IndexOf("</head>", StringComparison.Ordinal));
            if (page.Text.Contains("margin:0}\n." + name, StringComparison.Ordinal)) where.Add("own");
            if (page.Text.Contains("<style>." + name, StringComparison.Ordinal)) where.Add("new");
        }
        Assert.Equal(["new", "own"], where.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Marquee_wraps_the_block_in_a_marquee()
    {
        Assert.Contains(Holder(Inject(HidingMethod.Marquee, Place.PageEnd, 1)).AncestorsAndSelf(), a => a.Name == "marquee");
    }

    [Theory]
    [InlineData(HidingMethod.VisibleLinks)]
    [InlineData(HidingMethod.KeywordLine)]
    public void Visible_forms_are_not_hidden(HidingMethod method)
    {
        InjectedPage page = Inject(method, Place.ArticleEnd, 4);
        HtmlNode holder = Holder(page);
        Assert.DoesNotContain(holder.AncestorsAndSelf(), a => a.Attributes.Contains("style") || a.Attributes.Contains("hidden") || a.Attributes.Contains("aria-hidden") || a.Name == "marquee");
        var blocks = Cleaner.Clean(page.Text).Blocks.Where(b => b.Text.Contains(page.Phrases[0], StringComparison.Ordinal)).ToList();
        Assert.All(blocks, b => Assert.False(b.Hidden));
        if (method == HidingMethod.VisibleLinks) Assert.Equal(page.Phrases.Count, Parse(page.Text).DocumentNode.Descendants("a").Count(a => page.Phrases.Contains(a.InnerText)));
        else Assert.DoesNotContain(holder.AncestorsAndSelf(), a => a.Name == "a");
    }

    private static List<(string Selector, string Declarations)> Rules(string css) =>
        css.Split('}').Select(r => r.Split('{')).Where(p => p.Length == 2).Select(p => (p[0].Trim(), p[1].Trim())).ToList();

    internal static InjectedPage Inject(HidingMethod method, Place place, int seed) =>
        HtmlInjector.Inject(TestPages.Html, TestPages.Truth, TestPages.Block(seed), method, place, new Random(seed));

    internal static HtmlDocument Parse(string html)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        return document;
    }

    // The innermost element holding the block's first phrase.
    internal static HtmlNode Holder(InjectedPage page) =>
        Parse(page.Text).DocumentNode.Descendants().Where(n => n.NodeType == HtmlNodeType.Text && n.InnerText.Contains(page.Phrases[0], StringComparison.Ordinal)).Select(n => n.ParentNode!).First();
}
