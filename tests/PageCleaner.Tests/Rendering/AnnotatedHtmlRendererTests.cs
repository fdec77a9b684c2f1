using System.Text;
using System.Text.RegularExpressions;
using PageCleaner.Rendering;

namespace PageCleaner.Tests.Rendering;

/// <summary>What the annotated page looks like: colours, policy, legend, labels where a person expects them, no scripts.</summary>
public sealed class AnnotatedHtmlRendererTests
{
    private static string Render(string html, Func<int, BlockLabel> labelOf) => Encoding.UTF8.GetString(AnnotatedHtmlTesting.Render(html, labelOf).Annotated);

    private const string Article =
        "<!DOCTYPE html>\n<html><head>\n<meta charset=\"utf-8\">\n<title>T</title>\n<script>track()</script>\n</head>\n<body>\n" +
        "<nav class=\"menu\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\n" +
        "<article><h1>Bridge vote passes</h1><p>First paragraph of the story.</p><p>Second paragraph.</p>" +
        "<div class=\"share\">Share this</div></article>\n<div class=\"seo\"><a href=\"http://x/\">casino bonus</a></div>\n</body></html>\n";

    // Blocks: 0 nav, 1 h1, 2 p, 3 p, 4 share, 5 seo.
    private static BlockLabel ArticleLabels(int i) => i switch
    {
        1 or 2 or 3 => BlockLabel.Content,
        5 => BlockLabel.Spam,
        _ => BlockLabel.Boilerplate,
    };

    [Fact]
    public void The_head_starts_with_the_charset_the_policy_and_the_three_colours()
    {
        string page = Render(Article, ArticleLabels);
        int head = page.IndexOf("<head>", StringComparison.Ordinal) + "<head>".Length;
        Assert.Equal(head, page.IndexOf("<meta charset=\"utf-8\"", StringComparison.Ordinal));
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';", page, StringComparison.Ordinal);
        foreach (string label in new[] { "content", "boilerplate", "spam" })
        {
            Assert.Matches($@"\[data-pc-label={label}\]\{{background-color:#[0-9a-f]{{6}}!important", page);
        }
        Assert.Single(Regex.Matches(page, "<meta charset"));
    }

    [Fact]
    public void Labels_sit_on_the_elements_a_person_would_label()
    {
        string page = Render(Article, ArticleLabels);
        Assert.Contains("<nav data-pc-label=\"boilerplate\" class=\"menu\">", page, StringComparison.Ordinal);
        Assert.Contains("<div data-pc-label=\"spam\" class=\"seo\">", page, StringComparison.Ordinal);
        Assert.Contains("<div data-pc-label=\"boilerplate\" class=\"share\">", page, StringComparison.Ordinal);
        // The article is mostly content: one label on it covers its paragraphs, which carry none.
        Assert.Contains("<article data-pc-label=\"content\">", page, StringComparison.Ordinal);
        Assert.Contains("<p>First paragraph of the story.</p>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<span data-pc-label", page, StringComparison.Ordinal);
        // The page's frame stays unlabeled, as a person would leave it.
        Assert.Contains("<html><head>", page, StringComparison.Ordinal);
        Assert.Contains("<body>\n<nav", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Blocks_sharing_an_element_get_spans_only_where_their_label_differs()
    {
        string page = Render(AnnotatedHtmlPages.BrokenByBreaks, i => i == 1 ? BlockLabel.Spam : BlockLabel.Content);
        Assert.Contains("<div data-pc-label=\"content\" class=\"post\">", page, StringComparison.Ordinal);
        Assert.Contains("<span data-pc-label=\"spam\">Second part: </span>", page, StringComparison.Ordinal);
        Assert.Contains("<a data-pc-label=\"spam\" href=\"/x\">cheap pills</a>", page, StringComparison.Ordinal);
        Assert.Contains("<span data-pc-label=\"spam\"> here</span>", page, StringComparison.Ordinal);
        Assert.Contains("<br><br>Third part of the post", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Scripts_and_charset_declarations_go_and_everything_else_stays_as_written()
    {
        string page = Render(AnnotatedHtmlPages.OddMarkup, _ => BlockLabel.Content);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("fake", page, StringComparison.Ordinal);
        Assert.Contains("<p data-pc-label=\"content\" title=\"a>b\" data-x='1'>Quoted bracket</p>", page, StringComparison.Ordinal);
        Assert.Contains("<DIV data-pc-label=\"content\" CLASS=x>Upper case tags</DIV>", page, StringComparison.Ordinal);
        Assert.Contains("before", page, StringComparison.Ordinal);
        Assert.Contains("after<!-- note --> end", page, StringComparison.Ordinal);

        string declared = Render(AnnotatedHtmlPages.PreAndEntities, _ => BlockLabel.Content);
        Assert.DoesNotContain("windows-1252", declared, StringComparison.Ordinal);
        Assert.Contains("<pre data-pc-label=\"content\">  line one\n    indented &amp; more\n\nlast line</pre>", declared, StringComparison.Ordinal);

        string xml = Render(AnnotatedHtmlPages.XmlDeclared, _ => BlockLabel.Content);
        Assert.StartsWith("\n<!DOCTYPE html>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Old_labels_and_hidden_marks_are_replaced()
    {
        string page = Render(AnnotatedHtmlPages.OddMarkup, _ => BlockLabel.Content);
        Assert.DoesNotContain("data-pc-label=spam class", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-pc-label = 'content'", page, StringComparison.Ordinal);
        Assert.Contains("<div data-pc-label=\"content\" class=\"old\">An old label <span>inside</span></div>", page, StringComparison.Ordinal);
        Assert.Contains("<span data-pc-label=\"content\">was marked</span>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Elements_the_page_hides_are_marked_so_the_stylesheet_shows_them()
    {
        string page = Render(AnnotatedHtmlPages.HiddenSpam, i => i is 2 or 4 or 6 ? BlockLabel.Spam : BlockLabel.Content);
        Assert.Contains("<span data-pc-label=\"spam\" data-pc-hidden style=\"display:none\">", page, StringComparison.Ordinal);
        Assert.Contains("<div data-pc-label=\"spam\" data-pc-hidden hidden>", page, StringComparison.Ordinal);
        Assert.Contains("<div data-pc-label=\"content\" data-pc-hidden aria-hidden=\"true\">", page, StringComparison.Ordinal);
        Assert.Contains("[data-pc-hidden]{display:block!important", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fade_in_wrapper_is_not_marked_hidden_but_hidden_text_inside_it_is()
    {
        // The wrapper holds the whole article at opacity 0 until a script fades it in: cleaning reads it as visible,
        // so the annotated page must not mark it hidden, while the small transparent line inside it stays marked.
        string article = string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"<p>Paragraph {i} of the ferry story tells how the night crossing came back after twenty quiet winters on the coast.</p>"));
        string html = $"<html><body><div class=\"fade\" style=\"opacity:0\">{article}<p style=\"opacity:0\">cheap watches replica outlet</p></div></body></html>";
        string page = Render(html, _ => BlockLabel.Content);
        Assert.DoesNotContain("data-pc-hidden style=\"opacity:0\">Paragraph", page, StringComparison.Ordinal);
        Assert.Matches("<div[^>]*class=\"fade\"[^>]*>", page);
        Assert.DoesNotMatch("<div[^>]*data-pc-hidden[^>]*class=\"fade\"", page);
        Assert.Contains("data-pc-hidden style=\"opacity:0\">cheap watches", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_a_head_gets_one_and_a_fragment_keeps_its_leading_comment_first()
    {
        string noHead = Render(AnnotatedHtmlPages.NoHead, _ => BlockLabel.Content);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"", noHead, StringComparison.Ordinal);
        Assert.Contains("</style></head><body>", noHead, StringComparison.Ordinal);

        string fragment = Render(AnnotatedHtmlPages.Fragment, _ => BlockLabel.Content);
        Assert.StartsWith("<!-- saved page --><meta charset=\"utf-8\"", fragment, StringComparison.Ordinal);
        Assert.Contains("<span data-pc-label=\"content\">\nLoose text with </span>", fragment, StringComparison.Ordinal);
    }

    [Fact]
    public void The_legend_is_svg_once_at_the_end()
    {
        string page = Render(Article, ArticleLabels);
        Assert.EndsWith("</svg>\n", page, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(page, "<svg data-pc-ui=\"legend\""));
        foreach (string key in new[] { ">content</text>", ">boilerplate</text>", ">spam</text>", ">hidden</text>" }) Assert.Contains(key, page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AnnotatedHtmlRoundTripTests.Pages), MemberType = typeof(AnnotatedHtmlRoundTripTests))]
    public void Labeling_an_annotated_page_again_with_the_same_labels_changes_nothing(string name)
    {
        static BlockLabel Labels(int i) => (BlockLabel)((i * 7 % 5) % 3);
        var (once, segmented, _) = AnnotatedHtmlTesting.Render(AnnotatedHtmlPages.Get(name), Labels);
        var (twice, again, _) = AnnotatedHtmlTesting.Render(once, Labels);
        Assert.Equal(segmented.Blocks.Select(b => b.Text), again.Blocks.Select(b => b.Text));
        Assert.Equal(Encoding.UTF8.GetString(once), Encoding.UTF8.GetString(twice));
    }
}
