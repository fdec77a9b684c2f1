using PageCleaner.Tests.Segmentation;

namespace PageCleaner.Tests.Features;

public sealed class TextShapeFeatureTests
{
    private static readonly FeatureRows Rows = new(Segmenting.Text(string.Join("\n",
    [
        "Council votes on the bridge plan today.",
        "Read the full story...",
        "More from the desk…",
        "2025-07-22 14:18:48",
        "我们明天早上去公园散步",
        "• bulleted entry",
        "首页 | 新闻 | 体育 | 财经",
    ])));

    [Fact]
    public void Truncated_text_is_flagged()
    {
        Assert.Equal(1f, Rows.Of("full story", "text.truncated"));
        Assert.Equal(1f, Rows.Of("desk", "text.truncated"));
        Assert.Equal(0f, Rows.Of("Council votes", "text.truncated"));
    }

    [Fact]
    public void A_pure_timestamp_line_is_fully_covered_by_dates()
    {
        Assert.Equal(1f, Rows.Of("14:18:48", "text.date_coverage"));
        Assert.Equal(2f, Rows.Of("14:18:48", "text.date_mentions"));
        Assert.Equal(0f, Rows.Of("Council votes", "text.date_coverage"));
    }

    [Fact]
    public void Sentence_shape_is_measured()
    {
        Assert.Equal(1f, Rows.Of("Council votes", "text.ends_with_sentence_end"));
        Assert.Equal(MathF.Log(2), Rows.Of("Council votes", "text.log_sentence_ends"));
        Assert.Equal(1f / 7f, Rows.Of("Council votes", "text.sentence_ends_per_token"), 5);
        Assert.Equal(MathF.Log(1 + 7), Rows.Of("Council votes", "text.log_tokens"), 5);
    }

    [Fact]
    public void Chinese_text_is_all_CJK_and_each_character_a_token()
    {
        Assert.Equal(1f, Rows.Of("公园", "text.cjk_ratio"));
        Assert.Equal(MathF.Log(1 + 11), Rows.Of("公园", "text.log_tokens"), 5);
        Assert.Equal(0f, Rows.Of("公园", "text.mean_word_length"));
        Assert.Equal(0f, Rows.Of("Council votes", "text.cjk_ratio"));
    }

    [Fact]
    public void Bullets_and_separators_are_seen()
    {
        Assert.Equal(1f, Rows.Of("bulleted", "text.starts_with_bullet"));
        Assert.Equal(0f, Rows.Of("Council votes", "text.starts_with_bullet"));
        Assert.Equal(MathF.Log(1 + 3), Rows.Of("首页", "text.log_separators"), 5);
    }

    [Fact]
    public void Single_line_breaks_inside_a_block_are_counted()
    {
        var rows = new FeatureRows(Segmenting.Html("<p>one<br>two<br>three</p><p>plain</p>"));
        Assert.Equal(2f, rows.Of("one", "text.line_breaks"));
        Assert.Equal(0f, rows.Of("plain", "text.line_breaks"));
    }
}
