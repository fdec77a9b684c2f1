using PageCleaner.CorpusGenerator.Markup;

namespace PageCleaner.CorpusGenerator.Tests;

/// <summary>The writer gives each dump line the label its HTML annotation gives the same text.</summary>
public sealed class MarkupWriterTests
{
    [Fact]
    public void Text_takes_the_nearest_label_and_unlabeled_text_is_boilerplate()
    {
        var w = new MarkupWriter(Formatting.Minified, null, labelFirst: false);
        w.Element("div", "class=\"nav\"", "Menu");
        w.Open("article", null, Label.Content);
        w.Element("h1", null, "Title");
        w.Element("div", null, "Share", Label.Boilerplate);
        w.Open("div", "style=\"display:none\"", Label.Spam, hidden: true);
        w.Element("span", null, "casino");
        w.CloseTo(0);

        Assert.Equal(
            "<div class=\"nav\">Menu</div><article data-pc-label=\"content\"><h1>Title</h1><div data-pc-label=\"boilerplate\">Share</div>" +
            "<div style=\"display:none\" data-pc-label=\"spam\"><span>casino</span></div></article>",
            w.Html);
        Assert.Equal(
            [("Menu", Label.Boilerplate, false), ("Title", Label.Content, false), ("Share", Label.Boilerplate, false), ("casino", Label.Spam, true)],
            w.Lines.Select(l => (l.Text, l.Label, l.Hidden)));
    }

    [Fact]
    public void Break_separated_text_is_one_html_container_and_one_dump_line_per_paragraph()
    {
        var w = new MarkupWriter(Formatting.Minified, null, labelFirst: true);
        w.Open("td", null, Label.Content);
        w.BreakSeparated([Rich.Of("One & two."), Rich.Of("Three.")], "", paragraph: true);
        w.Close();

        Assert.Equal("<td data-pc-label=\"content\">One &amp; two.<br><br>Three.<br><br></td>", w.Html);
        Assert.Equal(["One & two.", "Three."], w.Lines.Select(l => l.Text));
        Assert.All(w.Lines, l => Assert.True(l.Paragraph));
    }

    [Fact]
    public void The_page_transform_applies_to_everything_but_spam()
    {
        var w = new MarkupWriter(Formatting.Minified, s => s.Replace("門", "門(mén)", StringComparison.Ordinal), labelFirst: false);
        w.Element("p", null, "大門", Label.Content);
        w.Element("p", null, "门門", Label.Spam);

        Assert.Equal(["大門(mén)", "门門"], w.Lines.Select(l => l.Text));
        Assert.Contains("<p data-pc-label=\"content\">大門(mén)</p>", w.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_row_keeps_its_label_words_but_not_its_separators_for_scrapers_that_split_it()
    {
        var w = new MarkupWriter(Formatting.Minified, null, labelFirst: false);
        Rich row = Rich.LinkRow([("a", "/a"), ("b", "/b")], " | ");
        var labeled = Rich.LinkRow([], "").Text("Partner sites: ");
        foreach (Run run in row.Runs) _ = run.Kind == RunKind.Link ? labeled.Link(run.Text, run.Attribute!) : labeled.Text(run.Text);
        w.Element("div", null, labeled.Text(" |"));

        DumpLine line = Assert.Single(w.Lines);
        Assert.Equal("Partner sites: a | b |", line.Text);
        Assert.Equal(["Partner sites:", "a", "b"], line.Links!);
    }

    [Fact]
    public void Preformatted_text_is_one_dump_line_per_source_line()
    {
        var w = new MarkupWriter(Formatting.Minified, null, labelFirst: false);
        w.Element("pre", null, "a: 1\n  b: 2\n\nc: 3", Label.Content);

        Assert.Equal(["a: 1", "  b: 2", "c: 3"], w.Lines.Select(l => l.Text));
    }
}
