using PageCleaner.Tests.Segmentation;

namespace PageCleaner.Tests.Features;

/// <summary>The DOM containers around a block, and the page's best (most paragraph-like) container.</summary>
public sealed class ContainerFeatureTests
{
    private static readonly FeatureRows Rows = new(Segmenting.Html(SamplePages.EnglishArticle));

    [Fact]
    public void Paragraphs_of_the_main_article_lie_inside_the_best_container()
    {
        foreach (string paragraph in SamplePages.ArticleParagraphs)
        {
            string start = paragraph[..30];
            Assert.Equal(1f, Rows.Of(start, "best.inside"));
            Assert.Equal(1f, Rows.Of(start, "best.is_container"));
            Assert.Equal(1f, Rows.Of(start, "best.score_ratio"));
        }
        Assert.Equal(1f, Rows.Of("votes to rebuild Wren bridge", "best.inside"));
    }

    [Fact]
    public void Footer_navigation_and_related_blocks_lie_outside_the_best_container()
    {
        Assert.Equal(0f, Rows.Of("All rights reserved", "best.inside"));
        Assert.Equal(0f, Rows.Of("Privacy policy", "best.inside"));
        Assert.Equal(0f, Rows.Of("Sport", "best.inside"));
        Assert.Equal(0f, Rows.Of("Market Street traders", "best.inside"));
        Assert.Equal(0f, Rows.Of("All rights reserved", "best.is_container"));
    }

    [Fact]
    public void The_best_container_holds_most_of_the_page_text()
    {
        float share = Rows.Of("All rights reserved", "best.page_share");
        Assert.InRange(share, 0.7f, 1f);
        Assert.Equal(share, Rows.Of("Sport", "best.page_share"));
    }

    [Fact]
    public void The_container_of_a_list_item_is_its_list()
    {
        // The nav list holds six one-word links: every character is link text, six blocks.
        Assert.Equal(1f, Rows.Of("Weather", "box.link_density"));
        Assert.Equal(MathF.Log(1 + 6), Rows.Of("Weather", "box.log_blocks"), 5);
        Assert.Equal(0f, Rows.Of("The town council of Millbrook", "box.link_density"));
    }

    [Fact]
    public void Text_dumps_have_no_container_features()
    {
        var rows = new FeatureRows(Segmenting.Text(string.Join("\n", SamplePages.ArticleParagraphs)));
        foreach (string f in new[] { "box.page_share", "box.link_density", "best.inside", "best.page_share", "outer.page_share" })
        {
            Assert.Equal(0f, rows[0, f]);
        }
    }
}
