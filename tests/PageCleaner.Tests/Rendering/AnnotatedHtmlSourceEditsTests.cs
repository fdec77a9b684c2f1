using PageCleaner.Rendering;

namespace PageCleaner.Tests.Rendering;

/// <summary>Edits to a page's source: insertions and removals applied in one pass, whatever order they were made in.</summary>
public sealed class AnnotatedHtmlSourceEditsTests
{
    [Fact]
    public void Insertions_and_removals_apply_by_position()
    {
        var edits = new SourceEdits();
        edits.Insert(10, "]");
        edits.Remove(3, 5);
        edits.Insert(0, "[");
        edits.Insert(7, "+");
        Assert.Equal("[01256+789]", edits.Apply("0123456789"));
    }

    [Fact]
    public void Insertions_at_one_position_keep_their_order_and_removals_merge()
    {
        var edits = new SourceEdits();
        edits.Insert(2, "a");
        edits.Insert(2, "b");
        edits.Remove(4, 7);
        edits.Remove(5, 9);
        edits.Remove(6, 6);
        Assert.Equal("01ab239", edits.Apply("0123456789"));
    }

    [Fact]
    public void An_insertion_inside_a_removed_range_is_dropped_but_one_at_its_edges_is_kept()
    {
        var edits = new SourceEdits();
        edits.Remove(2, 6);
        edits.Insert(4, "inside");
        edits.Insert(2, "<");
        edits.Insert(6, ">");
        Assert.Equal("01<>6789", edits.Apply("0123456789"));
    }

    [Fact]
    public void Nothing_to_do_returns_the_source()
    {
        Assert.Equal("same", new SourceEdits().Apply("same"));
    }
}
