using PageCleaner.Tests.Segmentation;

namespace PageCleaner.Tests.Features;

public sealed class CueAndPositionFeatureTests
{
    private static readonly FeatureRows Rows = new(Segmenting.Html("""
        <html><head><title>Bridge vote</title></head><body>
        <p>Bridge vote</p>
        <p>A long paragraph about something else entirely, written to be the longest block on the page by far.</p>
        <p>Play online casino games and win</p>
        <p>© 2025 Courier. All rights reserved.</p>
        </body></html>
        """));

    [Fact]
    public void Vocabulary_cues_are_flagged_by_category()
    {
        Assert.Equal(1f, Rows.Of("casino", "cue.spam"));
        Assert.Equal(0f, Rows.Of("casino", "cue.legal"));
        Assert.Equal(0f, Rows.Of("casino", "cue.short_with_cue")); // spam is not a furniture cue
        Assert.Equal(1f, Rows.Of("rights reserved", "cue.legal"));
        Assert.Equal(1f, Rows.Of("rights reserved", "cue.short_with_cue"));
        Assert.Equal(0f, Rows.Of("longest block", "cue.spam"));
    }

    [Theory]
    [InlineData("Lesen Sie auch")]
    [InlineData("Das könnte Sie auch interessieren")]
    [InlineData("Leggi anche: il resto")]
    [InlineData("Czytaj także")]
    [InlineData("Read more stories")]
    public void Read_also_headings_in_european_languages_are_related_cues(string heading)
    {
        var rows = new FeatureRows(Segmenting.Html($"<div><h4>{heading}</h4><p>A paragraph of the article itself.</p></div>"));
        Assert.Equal(1f, rows[0, "cue.related"]);
        Assert.Equal(0f, rows[1, "cue.related"]);
    }

    // The cue list writes "聲明：" with a full-width colon; pages write either, and full-width letters too.
    [Theory]
    [InlineData("聲明:本報力求信息真實,文章內容僅供參考", "cue.legal")]
    [InlineData("声明：本站内容仅供参考", "cue.legal")]
    [InlineData("ＣＯＰＹＲＩＧＨＴ 2024 晚报", "cue.legal")]
    [InlineData("来源：新华社", "cue.source")]
    [InlineData("來源:中央社", "cue.source")]
    public void Cue_phrases_match_whatever_the_width_of_their_ascii_forms(string line, string cue)
    {
        var rows = new FeatureRows(Segmenting.Html($"<div><p>{line}</p><p>文章正文的一段话，讲的是别的事情。</p></div>"));
        Assert.Equal(1f, rows[0, cue]);
        Assert.Equal(0f, rows[1, cue]);
    }

    [Fact]
    public void Position_is_relative_to_the_page_and_its_longest_block()
    {
        Assert.Equal(0f, Rows[0, "pos.block_fraction"]);
        Assert.Equal(1f, Rows[3, "pos.block_fraction"]);
        Assert.Equal(0f, Rows[0, "pos.chars_before_fraction"]);
        Assert.Equal(1f, Rows[1, "pos.chars_vs_longest"]);
        Assert.Equal(-1f / 4f, Rows[0, "pos.offset_from_longest"]);
        Assert.Equal(MathF.Log(1 + 4), Rows[0, "page.log_blocks"], 5);
        Assert.Equal(0f, Rows[0, "page.is_text_dump"]);
    }

    [Fact]
    public void A_block_repeating_the_title_overlaps_it_fully()
    {
        Assert.Equal(1f, Rows.Of("Bridge vote", "page.title_overlap"));
        Assert.True(Rows.Of("casino", "page.title_overlap") < 0.2f);
    }

    [Fact]
    public void Text_dumps_are_flagged()
    {
        Assert.Equal(1f, new FeatureRows(Segmenting.Text("one line")) [0, "page.is_text_dump"]);
    }
}
