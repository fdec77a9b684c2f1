using PageCleaner.Tests.Segmentation;

namespace PageCleaner.Tests.Features;

public sealed class LinkFeatureTests
{
    private static readonly FeatureRows Rows = new(Segmenting.Html("""
        <ul>
          <li><a href="/sport">Sport news</a></li>
          <li>Plain item without links</li>
          <li>Half <a href="https://a.example/x">linked</a></li>
          <li><a href="https://a.example/1">one</a> <a href="http://b.example/2">two</a> <a href="//a.example/3">three</a> <a href="#top">four</a> <a href="javascript:void(0)">five</a></li>
        </ul>
        """));

    [Fact]
    public void An_all_link_list_item_has_link_density_one()
    {
        Assert.Equal(1f, Rows.Of("Sport news", "link.density"));
        Assert.Equal(1f, Rows.Of("Sport news", "link.all_linked"));
        Assert.Equal(MathF.Log(2), Rows.Of("Sport news", "link.log_count"));
    }

    // Hosts differing only in case are one host; relative, fragment and script links have none.
    [Fact]
    public void Distinct_hosts_ignore_case_and_count_only_absolute_links()
    {
        var rows = new FeatureRows(Segmenting.Html("""
            <p>Links: <a href="https://News.Example/a">a</a> <a href="http://news.example/b">b</a> <a href=" //NEWS.example/c">c</a>
            <a href="/d">d</a> <a href="#e">e</a> <a href="https://other.example">f</a> <a href="https://news.example?x=1">g</a></p>
            """));
        Assert.Equal(MathF.Log(1 + 2), rows.Of("Links:", "link.log_distinct_hosts"));
    }

    [Fact]
    public void A_block_without_links_has_no_link_features()
    {
        foreach (string f in new[] { "link.density", "link.log_count", "link.per_token", "link.all_linked", "link.absolute_share", "link.log_distinct_hosts" })
        {
            Assert.Equal(0f, Rows.Of("Plain item", f));
        }
    }

    [Fact]
    public void A_partly_linked_block_has_the_share_of_linked_characters()
    {
        Assert.Equal(6f / 10f, Rows.Of("Half", "link.density"), 5); // "linked" of "Halflinked"
        Assert.Equal(0f, Rows.Of("Half", "link.all_linked"));
        Assert.Equal(0.5f, Rows.Of("Half", "link.per_token")); // 1 anchor, 2 tokens
    }

    [Fact]
    public void Link_targets_are_classified_by_kind_and_host()
    {
        Assert.Equal(3f / 5f, Rows.Of("three", "link.absolute_share"), 5);
        Assert.Equal(2f / 5f, Rows.Of("three", "link.script_or_fragment_share"), 5);
        Assert.Equal(MathF.Log(1 + 2), Rows.Of("three", "link.log_distinct_hosts"), 5); // a.example, b.example
    }
}
