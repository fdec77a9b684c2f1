namespace PageCleaner.Tests.Rendering;

/// <summary>Small pages written for the annotated HTML tests, each with a layout that makes placing labels hard.</summary>
internal static class AnnotatedHtmlPages
{
    public const string BrokenByBreaks =
        "<html><head><title>Forum</title></head><body><div class=\"post\">The first part of the message talks about the weather on the coast and the storm that came in overnight.<br><br>" +
        "Second part: <a href=\"/x\">cheap pills</a> and <b>casino bonus</b> here<br><br>Third part of the post, back to the weather.<br>One line more.</div></body></html>";

    public const string NestedLists =
        "<html><body><ul class=\"menu\"><li>Item one<ul><li>Sub item a</li><li>Sub item <em>b</em></li></ul>tail of item one</li><li>Item two</li></ul>" +
        "<ol><li><p>Paragraph in an item</p><ol><li>Deeper</li></ol></li></ol></body></html>";

    public const string Tables =
        "<html><body><table class=\"prices\">stray text<caption>Prices this week</caption><tr><th>Name</th><td>Green tea <b>fresh</b></td></tr>" +
        "<tr><td colspan=\"2\">Total: 4 <i>items</i></td></tr></table><table><tr><td><table><tr><td>Nested cell</td></tr></table>after nested</td></tr></table></body></html>";

    public const string HiddenSpam =
        "<html><body><article><h1>Headline of the story</h1><p>Visible paragraph <span style=\"display:none\">casino bonus links hidden</span> continues here.</p>" +
        "<div hidden>hidden div with pills</div><div aria-hidden=\"true\">aria hidden text</div><p style=\"position:absolute;left:-9999px\">off screen loans</p>" +
        "<p>Last visible paragraph.</p></article></body></html>";

    public const string TextAroundBlocks =
        "<html><body><div id=\"main\">Intro text before <p>A paragraph inside</p> outro text with <em>emphasis</em> <div>inner div</div> closing words</div></body></html>";

    public const string Fragment = "<!-- saved page -->\nLoose text with <b>bold</b><p>A paragraph of the fragment.</p>more loose text<br><br>last loose text";

    public const string PreAndEntities =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>" +
        "<pre>  line one\n    indented &amp; more\n\nlast line</pre><p>a&nbsp;b &lt;tag&gt; &copy 2025 caf&eacute;</p></body></html>";

    public const string ImplicitEnds = "<html><body><p>one<p>two<ul><li>three<li>four</ul><div>five<p>six</div>seven</body>";

    public const string OddMarkup =
        "<HTML><BODY><DIV CLASS=x>Upper case tags</DIV><p title=\"a>b\" data-x='1'>Quoted bracket</p>" +
        "<div data-pc-label=spam class=\"old\">An old label <span data-pc-label = 'content'>inside</span></div>" +
        "<p onclick=\"alert(1)\">before<script>var s = \"<p>fake</p>\";</script>after<!-- note --> end</p><SCRIPT src=\"x.js\"></SCRIPT>" +
        "<p>unclosed <b>bold <i>italic</p><p>next</p><span data-pc-hidden>was marked</span></BODY></HTML>";

    public const string InlineAcrossBreaks =
        "<html><body><div><span class=\"a\">first run of text<br><br>second run of text</span> third run <a href=\"/y\">link<br><br>after link</a></div></body></html>";

    public const string XmlDeclared =
        "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>X</title></head><body><p>Plain paragraph.</p><p>Second one.</p></body></html>";

    public const string NoHead = "<!DOCTYPE html>\n<html lang=\"en\"><body><nav><a href=\"/\">Home</a></nav><p>Only a body.</p></body></html>";

    /// <summary>Every page above, named.</summary>
    public static IEnumerable<(string Name, string Html)> All =>
    [
        (nameof(BrokenByBreaks), BrokenByBreaks), (nameof(NestedLists), NestedLists), (nameof(Tables), Tables),
        (nameof(HiddenSpam), HiddenSpam), (nameof(TextAroundBlocks), TextAroundBlocks), (nameof(Fragment), Fragment),
        (nameof(PreAndEntities), PreAndEntities), (nameof(ImplicitEnds), ImplicitEnds), (nameof(OddMarkup), OddMarkup),
        (nameof(InlineAcrossBreaks), InlineAcrossBreaks), (nameof(XmlDeclared), XmlDeclared), (nameof(NoHead), NoHead),
        ("EnglishArticle", SamplePages.EnglishArticle),
    ];

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in All) data.Add(name);
        return data;
    }

    public static string Get(string name) => All.Single(p => p.Name == name).Html;
}
