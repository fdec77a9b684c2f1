using PageCleaner.Tests.Segmentation;

namespace PageCleaner.Tests.Features;

public sealed class RepetitionFeatureTests
{
    [Fact]
    public void A_label_shown_three_times_has_two_copies_and_a_paragraph_has_none()
    {
        var rows = new FeatureRows(Segmenting.Html("""
            <div><p>Advertising</p><p>The council voted on Tuesday to close the old bridge.</p><p>Advertising</p>
            <p>Repairs will take a year, the mayor said.</p><p>Advertising</p></div>
            """));
        Assert.Equal(MathF.Log(3), rows[0, "repeat.log_copies"], 5);
        Assert.Equal(0f, rows.Of("old bridge", "repeat.log_copies"));
        Assert.Equal(3f / 5f, rows.Of("old bridge", "repeat.page_share"), 5);
    }

    [Fact]
    public void Copies_are_counted_in_text_dumps_too()
    {
        var rows = new FeatureRows(Segmenting.Text("Home\nNews\nA long sentence of the article itself.\nHome\n"));
        Assert.Equal(MathF.Log(2), rows[0, "repeat.log_copies"], 5);
        Assert.Equal(0f, rows.Of("News", "repeat.log_copies"));
    }

    [Fact]
    public void Long_blocks_are_not_compared()
    {
        string paragraph = string.Concat(Enumerable.Repeat("A sentence that goes on and on. ", 20)).Trim();
        var rows = new FeatureRows(Segmenting.Html($"<div><p>{paragraph}</p><p>{paragraph}</p></div>"));
        Assert.Equal(0f, rows[0, "repeat.log_copies"]);
        Assert.Equal(0f, rows[1, "repeat.page_share"]);
    }
}
