using PageCleaner.Tests.Segmentation;

namespace PageCleaner.Tests.Features;

public sealed class NeighbourFeatureTests
{
    private static readonly string[] Kinds = ["log_chars", "link_density", "ends_with_sentence_end", "truncated", "date_coverage", "same_container"];

    // Blocks: 0 "Opening sentence here." 1 link "Next story..." 2 "2025-07-22" 3 "Closing words." (all in one div but the link li)
    private static readonly FeatureRows Rows = new(Segmenting.Html("""
        <div><p>Opening sentence here.</p><ul><li><a href="/n">Next story...</a></li></ul><p>2025-07-22</p><p>Closing words.</p></div>
        """));

    [Fact]
    public void The_first_block_has_no_previous_neighbours()
    {
        foreach (string kind in Kinds)
        {
            Assert.Equal(0f, Rows[0, "prev1." + kind]);
            Assert.Equal(0f, Rows[0, "prev2." + kind]);
        }
    }

    [Fact]
    public void The_last_block_has_no_next_neighbours()
    {
        foreach (string kind in Kinds)
        {
            Assert.Equal(0f, Rows[3, "next1." + kind]);
            Assert.Equal(0f, Rows[3, "next2." + kind]);
        }
    }

    [Fact]
    public void Neighbour_features_read_the_right_block()
    {
        Assert.Equal(Rows[0, "text.log_chars"], Rows[1, "prev1.log_chars"]);
        Assert.Equal(Rows[1, "text.log_chars"], Rows[0, "next1.log_chars"]);
        Assert.Equal(Rows[2, "text.log_chars"], Rows[0, "next2.log_chars"]);
        Assert.Equal(Rows[0, "text.log_chars"], Rows[2, "prev2.log_chars"]);

        Assert.Equal(1f, Rows[0, "next1.link_density"]);
        Assert.Equal(1f, Rows[0, "next1.truncated"]);
        Assert.Equal(1f, Rows[1, "next1.date_coverage"]);
        Assert.Equal(1f, Rows[2, "prev2.ends_with_sentence_end"]);
        Assert.Equal(0f, Rows[3, "prev1.ends_with_sentence_end"]);
        Assert.Equal(1f, Rows[3, "prev1.date_coverage"]);
        Assert.Equal(1f, Rows[3, "prev2.truncated"]);
        Assert.Equal(0f, Rows[2, "prev2.truncated"]);
    }

    [Fact]
    public void Same_container_compares_the_blocks_containers()
    {
        Assert.Equal(0f, Rows[0, "next1.same_container"]); // the li sits in the ul, the p in the div
        Assert.Equal(1f, Rows[0, "next2.same_container"]);
        Assert.Equal(1f, Rows[3, "prev1.same_container"]);
    }

    [Fact]
    public void Window_features_count_the_blocks_around()
    {
        Assert.Equal(1f, Rows[0, "window.truncated_near"]);
        Assert.Equal(0f, Rows[1, "window.truncated_near"]); // a block does not count itself
        Assert.Equal(1f, Rows[0, "window.dated_near"]);
        Assert.Equal(0f, Rows[2, "window.dated_near"]);
        Assert.Equal(MathF.Log(1 + 4), Rows[0, "window.log_short_run"], 5); // all four blocks are under 50 characters
        Assert.Equal(MathF.Log(1 + 1), Rows[1, "window.log_linked_run"], 5);
        Assert.Equal(0f, Rows[0, "window.log_linked_run"]);
    }
}
