using PageCleaner.SpamInjection.Injection;

namespace PageCleaner.SpamInjection.Tests;

/// <summary>Blocks land where their place says, and the page around them is kept.</summary>
public sealed class HtmlInjectorPlaceTests
{
    [Fact]
    public void The_article_is_the_element_that_holds_the_expected_text()
    {
        var article = ArticleLocator.Find(HtmlInjectorMethodTests.Parse(TestPages.Html), TestPages.Truth);
        Assert.NotNull(article);
        Assert.Equal("story", article.Id);
    }

    [Theory]
    [InlineData(HidingMethod.DisplayNone)]
    [InlineData(HidingMethod.StyleId)]
    [InlineData(HidingMethod.KeywordLine)]
    public void Inside_the_article_means_between_its_paragraphs(HidingMethod method)
    {
        string text = HtmlInjectorMethodTests.Inject(method, Place.InsideArticle, 1).Text;
        int at = text.IndexOf(TestPages.Block(1).Phrases[0], StringComparison.Ordinal);
        Assert.InRange(at, text.IndexOf(TestPages.P1, StringComparison.Ordinal), text.IndexOf(TestPages.P4, StringComparison.Ordinal));
    }

    [Fact]
    public void The_article_end_is_after_its_last_paragraph_inside_its_container()
    {
        string text = HtmlInjectorMethodTests.Inject(HidingMethod.VisibleLinks, Place.ArticleEnd, 1).Text;
        int at = text.IndexOf(TestPages.Block(1).Phrases[0], StringComparison.Ordinal);
        Assert.InRange(at, text.IndexOf(TestPages.P4, StringComparison.Ordinal), text.IndexOf("</article>", StringComparison.Ordinal));
    }

    [Fact]
    public void The_page_end_is_after_the_footer_before_the_body_closes()
    {
        string text = HtmlInjectorMethodTests.Inject(HidingMethod.OpacityZero, Place.PageEnd, 1).Text;
        int at = text.IndexOf(TestPages.Block(1).Phrases[0], StringComparison.Ordinal);
        Assert.InRange(at, text.IndexOf("Harbour Gazette</footer>", StringComparison.Ordinal), text.IndexOf("</body>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(HidingMethod.VisibleLinks)]
    [InlineData(HidingMethod.StyleClass)]
    [InlineData(HidingMethod.Marquee)]
    public void After_html_is_really_after_the_closing_html_tag(HidingMethod method)
    {
        InjectedPage page = HtmlInjectorMethodTests.Inject(method, Place.AfterHtml, 1);
        int close = page.Text.LastIndexOf("</html>", StringComparison.Ordinal);
        Assert.All(page.Phrases, p => Assert.True(page.Text.IndexOf(p, StringComparison.Ordinal) > close, $"'{p}' is not after </html>"));
        Assert.Equal(1, page.Text.Split("</html>").Length - 1 - (TestPages.Html.Split("</html>").Length - 2));
    }

    [Fact]
    public void Without_a_closing_html_tag_after_html_is_the_end_of_the_text()
    {
        string html = TestPages.Html[..TestPages.Html.IndexOf("</body>", StringComparison.Ordinal)];
        InjectedPage page = HtmlInjector.Inject(html, TestPages.Truth, TestPages.Block(), HidingMethod.DisplayNone, Place.AfterHtml, new Random(1));
        Assert.StartsWith(html, page.Text, StringComparison.Ordinal);
        Assert.EndsWith("</div>\n", page.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Place.InsideArticle)]
    [InlineData(Place.ArticleEnd)]
    [InlineData(Place.PageEnd)]
    [InlineData(Place.AfterHtml)]
    public void The_page_is_kept_byte_for_byte_around_the_block(Place place)
    {
        // Without a stylesheet rule there is exactly one insertion: the page is a prefix and a suffix of the result.
        InjectedPage page = HtmlInjectorMethodTests.Inject(HidingMethod.HiddenAttribute, place, 2);
        int at = HtmlInjector.Position(TestPages.Html, HtmlInjectorMethodTests.Parse(TestPages.Html), TestPages.Truth, place);
        Assert.StartsWith(TestPages.Html[..at], page.Text, StringComparison.Ordinal);
        Assert.EndsWith(TestPages.Html[at..], page.Text, StringComparison.Ordinal);
        Assert.Contains("<div hidden>", page.Text[at..(page.Text.Length - (TestPages.Html.Length - at))], StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_seed_gives_the_same_page_and_other_seeds_vary_it()
    {
        var pages = new HashSet<string>(StringComparer.Ordinal);
        foreach (HidingMethod method in Enum.GetValues<HidingMethod>())
        {
            for (int seed = 0; seed < 3; seed++)
            {
                string a = HtmlInjectorMethodTests.Inject(method, Place.ArticleEnd, seed).Text;
                Assert.Equal(a, HtmlInjectorMethodTests.Inject(method, Place.ArticleEnd, seed).Text);
                pages.Add(a);
            }
        }
        Assert.Equal(3 * Enum.GetValues<HidingMethod>().Length, pages.Count);
    }
}
