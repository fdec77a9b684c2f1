using PageCleaner.Features;
using PageCleaner.Tests.Segmentation;

namespace PageCleaner.Tests.Features;

/// <summary>Blocks of the same kind (tag and first class word on three levels) and the second stage's kind features.</summary>
public sealed class BlockKindTests
{
    private const string Page = """
        <html><body>
        <article class="post"><p>First paragraph of the story.</p><p>Second paragraph of the story.</p></article>
        <ul class="teasers"><li class="card card-7"><a href="/a">Teaser one</a></li><li class="card card-12"><a href="/b">Teaser two</a></li><li class="card7"><a href="/c">Teaser three</a></li></ul>
        <ul class="menu"><li class="card"><a href="/d">Menu item</a></li></ul>
        </body></html>
        """;

    private static (PageAnalysis Analysis, int[] Kinds, int Count) Kinds(string html)
    {
        PageAnalysis analysis = PageAnalysis.Build(Segmenting.Html(html));
        var (kinds, count) = BlockKinds.Of(analysis);
        return (analysis, kinds, count);
    }

    private static int KindOf(PageAnalysis analysis, int[] kinds, string fragment) =>
        kinds[analysis.Blocks.FindIndex(b => b.Text.Contains(fragment, StringComparison.Ordinal))];

    [Fact]
    public void Blocks_with_the_same_tags_and_first_class_words_share_a_kind_and_digits_do_not_count()
    {
        var (analysis, kinds, count) = Kinds(Page);
        Assert.Equal(KindOf(analysis, kinds, "First paragraph"), KindOf(analysis, kinds, "Second paragraph"));
        Assert.Equal(KindOf(analysis, kinds, "Teaser one"), KindOf(analysis, kinds, "Teaser two"));
        // "card7" is "card" without its digit: the same kind.
        Assert.Equal(KindOf(analysis, kinds, "Teaser one"), KindOf(analysis, kinds, "Teaser three"));
        // The same item under a list of another class is another kind, and so is a paragraph.
        Assert.NotEqual(KindOf(analysis, kinds, "Teaser one"), KindOf(analysis, kinds, "Menu item"));
        Assert.NotEqual(KindOf(analysis, kinds, "Teaser one"), KindOf(analysis, kinds, "First paragraph"));
        Assert.Equal(3, count);
        Assert.Equal(Enumerable.Range(0, count), kinds.Distinct().Order());
    }

    [Fact]
    public void Lines_of_a_text_dump_have_no_kind()
    {
        PageAnalysis analysis = PageAnalysis.Build(Segmenting.Text("First line of a dump\nSecond line\n"));
        var (kinds, count) = BlockKinds.Of(analysis);
        Assert.All(kinds, k => Assert.Equal(-1, k));
        Assert.Equal(0, count);
    }

    [Fact]
    public void The_kind_features_average_the_other_blocks_of_the_kind_weighted_by_characters()
    {
        PageAnalysis analysis = PageAnalysis.Build(Segmenting.Html(Page));
        int n = analysis.Blocks.Count;
        // First-stage probabilities: content 0.9 for the story, 0.2 / 0.6 / 0.4 for the teasers, 0.1 for the menu.
        float[] content = analysis.Blocks.Select(b =>
            b.Text.Contains("paragraph", StringComparison.Ordinal) ? 0.9f
            : b.Text == "Teaser one" ? 0.2f : b.Text == "Teaser two" ? 0.6f : b.Text == "Teaser three" ? 0.4f : 0.1f).ToArray();
        var firstStage = new float[n * BlockLabels.Count];
        for (int i = 0; i < n; i++)
        {
            firstStage[i * BlockLabels.Count + (int)BlockLabel.Content] = content[i];
            firstStage[i * BlockLabels.Count + (int)BlockLabel.Boilerplate] = 1 - content[i];
        }
        int width = ContextFeatures.Definitions.Count;
        var rows = new float[n * width];
        ContextFeatures.Extract(analysis, firstStage, rows);
        int Column(string name) => ContextFeatures.Definitions.ToList().FindIndex(d => d.Name == name);
        float Value(string fragment, string name) =>
            rows[analysis.Blocks.FindIndex(b => b.Text.Contains(fragment, StringComparison.Ordinal)) * width + Column(name)];

        // "Teaser one" (9 characters + 1): the others are "Teaser two" (9 + 1) and "Teaser three" (11 + 1).
        Assert.Equal((0.6f * 10 + 0.4f * 12) / 22, Value("Teaser one", "ctx.kind_mean"), 5);
        Assert.Equal(MathF.Log(3), Value("Teaser one", "ctx.kind_log_count"), 5);
        // Alone of its kind, the menu item reads its own probability and no company.
        Assert.Equal(0.1f, Value("Menu item", "ctx.kind_mean"));
        Assert.Equal(0f, Value("Menu item", "ctx.kind_log_count"));
        // The kind's share of the page's characters (each block counted with one more) is the same for each member.
        float share = Value("Teaser one", "ctx.kind_page_share");
        Assert.Equal(share, Value("Teaser three", "ctx.kind_page_share"));
        Assert.InRange(share, 0.01f, 0.99f);
        Assert.True(Value("First paragraph", "ctx.kind_page_share") > share);
    }
}
