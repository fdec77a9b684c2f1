using PageCleaner.CorpusGenerator.Markup;
using PageCleaner.CorpusGenerator.Output;
using PageCleaner.CorpusGenerator.Planning;

namespace PageCleaner.CorpusGenerator.Tests;

/// <summary>How one page's dump lines become a labeled dump in each scraper style.</summary>
public sealed class DumpRendererTests
{
    private static readonly DumpLine[] Lines =
    [
        new("Home · News", ["Home", "News"], Label.Boilerplate, false, false, false, 2),
        new("Title", null, Label.Content, false, false, true, 3),
        new("First paragraph.", null, Label.Content, false, true, true, 4),
        new("cheap pills | casino", null, Label.Spam, true, false, true, 4),
        new("Second paragraph.", null, Label.Content, false, true, true, 4),
        new("Editor: A. B.", null, Label.Boilerplate, false, false, true, 3),
    ];

    [Fact]
    public void A_scraper_that_drops_hidden_text_leaves_hidden_spam_out()
    {
        string dump = DumpRenderer.Render(Lines, new DumpStyle("none", "none", false, KeepHidden: false), "note");

        Assert.Equal("# note\nb|Home · News\nc|Title\nc|First paragraph.\nc|Second paragraph.\nb|Editor: A. B.\n", dump);
    }

    [Fact]
    public void A_scraper_that_keeps_hidden_text_keeps_it_labeled_spam()
    {
        string dump = DumpRenderer.Render(Lines, new DumpStyle("none", "none", false, KeepHidden: true), "note");

        Assert.Contains("\ns|cheap pills | casino\n", dump, StringComparison.Ordinal);
    }

    [Fact]
    public void Indented_dumps_indent_the_article_zone_after_its_first_line_and_split_link_rows()
    {
        string dump = DumpRenderer.Render(Lines, new DumpStyle("paragraphs", "zone", SplitLinkRows: true, KeepHidden: false), "note");

        Assert.Equal("# note\nb|Home\nb|News\nc|Title\nc|    First paragraph.\n\nc|    Second paragraph.\n\nb|    Editor: A. B.\n", dump);
    }

    [Fact]
    public void Depth_indented_dumps_indent_two_spaces_per_level_and_cropped_dumps_start_at_the_title()
    {
        string dump = DumpRenderer.Render(Lines, new DumpStyle("none", "depth", false, false, FromTitle: true), "note");

        Assert.Equal("# note\nc|  Title\nc|    First paragraph.\nc|    Second paragraph.\nb|  Editor: A. B.\n", dump);
    }

    [Fact]
    public void Blank_lines_after_every_line_never_double_up()
    {
        string dump = DumpRenderer.Render(Lines, new DumpStyle("every", "none", false, false), "note");

        Assert.DoesNotContain("\n\n\n", dump, StringComparison.Ordinal);
        Assert.Equal(5, dump.Split("\n\n").Length - 1);
    }
}
