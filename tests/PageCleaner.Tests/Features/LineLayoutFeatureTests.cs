using PageCleaner.Tests.Segmentation;

namespace PageCleaner.Tests.Features;

public sealed class LineLayoutFeatureTests
{
    private static readonly string[] LineFeatures = ["line.leading_spaces", "line.blank_before", "line.blank_after", "line.indented_like_longest"];

    [Fact]
    public void Line_features_are_zero_for_html()
    {
        var rows = new FeatureRows(Segmenting.Html(SamplePages.EnglishArticle));
        for (int b = 0; b < rows.Page.Blocks.Count; b++)
        {
            foreach (string f in LineFeatures) Assert.Equal(0f, rows[b, f]);
        }
    }

    [Fact]
    public void Line_features_describe_a_text_dump_layout()
    {
        const string Dump = "Headline\n\n    A long indented paragraph that is the longest line of this dump.\n    Short indented\nflush\n\n\t\t\t\t\t\t\t\t\t\tdeep";
        var rows = new FeatureRows(Segmenting.Text(Dump));

        Assert.Equal(0f, rows.Of("Headline", "line.leading_spaces"));
        Assert.Equal(0.5f, rows.Of("longest line", "line.leading_spaces"));
        Assert.Equal(1f, rows.Of("deep", "line.leading_spaces")); // ten tabs, capped

        Assert.Equal(1f, rows.Of("Headline", "line.blank_before"));
        Assert.Equal(1f, rows.Of("Headline", "line.blank_after"));
        Assert.Equal(1f, rows.Of("longest line", "line.blank_before"));
        Assert.Equal(0f, rows.Of("longest line", "line.blank_after"));
        Assert.Equal(0f, rows.Of("Short indented", "line.blank_before"));
        Assert.Equal(0f, rows.Of("flush", "line.blank_before"));
        Assert.Equal(1f, rows.Of("flush", "line.blank_after"));
        Assert.Equal(1f, rows.Of("deep", "line.blank_after"));

        Assert.Equal(1f, rows.Of("longest line", "line.indented_like_longest"));
        Assert.Equal(1f, rows.Of("Short indented", "line.indented_like_longest"));
        Assert.Equal(0f, rows.Of("Headline", "line.indented_like_longest"));
    }
}
