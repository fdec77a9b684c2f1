using PageCleaner.SpamInjection.Injection;

namespace PageCleaner.SpamInjection.Tests;

public sealed class DumpInjectorTests
{
    private static List<string> Lines(InjectedPage page) => page.Text.TrimEnd('\n').Split('\n').ToList();

    private static InjectedPage Inject(HidingMethod method, Place place, int seed = 1) =>
        DumpInjector.Inject(TestPages.Dump, TestPages.Truth, TestPages.Block(seed), method, place, new Random(seed));

    [Fact]
    public void Article_lines_are_those_made_of_the_expected_text()
    {
        // The headline's words all occur in the body, so it reads as article; the menu and footer do not.
        var lines = TestPages.Dump.TrimEnd('\n').Split('\n');
        Assert.Equal((Array.IndexOf(lines, "Pier to be rebuilt"), Array.IndexOf(lines, TestPages.P4)), DumpInjector.ArticleLines(lines, TestPages.Truth));
        Assert.Equal((-1, -1), DumpInjector.ArticleLines(["Home", "Copyright 2026 Harbour Gazette"], TestPages.Truth));
    }

    [Theory]
    [InlineData(HidingMethod.VisibleLinks)]
    [InlineData(HidingMethod.KeywordLine)]
    public void Spam_lines_go_among_after_or_below_the_article_lines(HidingMethod method)
    {
        foreach (Place place in DumpInjector.Places)
        {
            InjectedPage page = Inject(method, place);
            var lines = Lines(page);
            int spam = lines.FindIndex(l => l.Contains(page.Phrases[0], StringComparison.Ordinal));
            int p1 = lines.IndexOf(TestPages.P1), p4 = lines.IndexOf(TestPages.P4);
            switch (place)
            {
                case Place.InsideArticle: Assert.InRange(spam, p1 + 1, p4 - 1); break;
                case Place.ArticleEnd: Assert.Equal(p4 + 1, lines.FindIndex(l => page.Phrases.Any(p => l.Contains(p, StringComparison.Ordinal)))); break;
                default: Assert.Contains(page.Phrases[^1], lines[^1], StringComparison.Ordinal); break;
            }
            Assert.All(TestPages.Dump.TrimEnd('\n').Split('\n'), l => Assert.Contains(l, lines));
        }
    }

    [Fact]
    public void A_keyword_line_is_one_line_holding_every_phrase()
    {
        InjectedPage page = Inject(HidingMethod.KeywordLine, Place.PageEnd);
        Assert.Equal(TestPages.Dump.Split('\n').Length, page.Text.Split('\n').Length - 1);
        Assert.All(page.Phrases, p => Assert.Contains(p, Lines(page)[^1], StringComparison.Ordinal));
    }

    [Fact]
    public void Hidden_methods_and_after_html_do_not_exist_in_a_dump()
    {
        Assert.Throws<ArgumentException>(() => Inject(HidingMethod.DisplayNone, Place.PageEnd));
        Assert.Throws<ArgumentException>(() => Inject(HidingMethod.VisibleLinks, Place.AfterHtml));
    }

    [Fact]
    public void The_same_seed_gives_the_same_dump()
    {
        Assert.Equal(Inject(HidingMethod.VisibleLinks, Place.InsideArticle, 7).Text, Inject(HidingMethod.VisibleLinks, Place.InsideArticle, 7).Text);
    }
}
