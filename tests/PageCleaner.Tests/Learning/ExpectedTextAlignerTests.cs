using PageCleaner.Documents;
using PageCleaner.Learning.Training;
using PageCleaner.Segmentation;

namespace PageCleaner.Tests.Learning;

/// <summary>Alignment of blocks with an expected clean text, on pages whose right labels are known.</summary>
public sealed class ExpectedTextAlignerTests
{
    private const string Page = """
        <html><body>
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
        <h1>Lighthouse keepers return to the northern cape</h1>
        <p>After twenty years of automatic operation, the old lighthouse on the northern cape has a resident keeper again.</p>
        <p>The council says a person on site can open the museum rooms, guide school visits and look after the lamp room.</p>
        <p>News</p>
        <p>Visitors can climb the tower on weekends from May until the end of September, weather permitting.</p>
        <div class="related"><p>Harbour festival moves to August after record crowds last summer</p></div>
        <footer><p>Copyright 2025 The Cape Courier. All rights reserved.</p><p>Privacy policy</p><p>Terms of use</p><p>lamp room</p><p>Visitors can climb</p><p>News</p></footer>
        </body></html>
        """;

    private const string Expected = """
        Lighthouse keepers return to the northern cape

        After twenty years of automatic operation, the old lighthouse on the northern cape has a resident keeper again.

        The council says a person on site can open the museum rooms,
        guide school visits and look after the lamp room.

        News

        Visitors can climb the tower on weekends from May until the end of September, weather permitting.
        """;

    private static SegmentedPage Segment(string html) => PageReader.Read(html, CleanerOptions.Default with { Input = InputKind.Html });

    private static BlockLabel? LabelOf(SegmentedPage page, string text) => page.Blocks.Single(b => b.Text == text).Annotation;

    [Fact]
    public void Blocks_found_in_the_expected_text_are_content_despite_different_line_breaks()
    {
        SegmentedPage page = Segment(Page);
        ExpectedTextAligner.Label(page, Expected);
        Assert.Equal(BlockLabel.Content, LabelOf(page, "Lighthouse keepers return to the northern cape"));
        Assert.Equal(BlockLabel.Content, LabelOf(page, "The council says a person on site can open the museum rooms, guide school visits and look after the lamp room."));
        Assert.Equal(BlockLabel.Content, LabelOf(page, "Visitors can climb the tower on weekends from May until the end of September, weather permitting."));
    }

    [Fact]
    public void Blocks_absent_from_the_expected_text_are_boilerplate()
    {
        SegmentedPage page = Segment(Page);
        ExpectedTextAligner.Label(page, Expected);
        Assert.Equal(BlockLabel.Boilerplate, LabelOf(page, "Home News Sport"));
        Assert.Equal(BlockLabel.Boilerplate, LabelOf(page, "Harbour festival moves to August after record crowds last summer"));
        Assert.Equal(BlockLabel.Boilerplate, LabelOf(page, "Copyright 2025 The Cape Courier. All rights reserved."));
    }

    [Fact]
    public void A_short_block_that_matches_by_chance_far_from_the_article_is_boilerplate()
    {
        SegmentedPage page = Segment(Page);
        ExpectedTextAligner.Label(page, Expected);
        // "lamp room" is found in the expected text, but only inside a line; the footer is beyond the slack.
        Assert.Equal(BlockLabel.Boilerplate, LabelOf(page, "lamp room"));
    }

    [Fact]
    public void A_short_block_far_from_the_article_is_content_when_it_is_a_whole_line_of_the_expected_text()
    {
        SegmentedPage page = Segment(Page);
        ExpectedTextAligner.Label(page, Expected);
        var news = page.Blocks.Where(b => b.Text == "News").ToList();
        Assert.Equal(2, news.Count);
        Assert.Equal(BlockLabel.Content, news[0].Annotation);  // inside the article span
        // In the footer too: the expected text holds it as a line of its own, and a specification table or a price
        // under a product's description stands that far from the long paragraphs. Teaching such lines as boilerplate
        // cost more than the odd footer word that equals a line.
        Assert.Equal(BlockLabel.Content, news[1].Annotation);
        // Only the beginning of a line: left unlabeled.
        Assert.Null(LabelOf(page, "Visitors can climb"));
    }

    [Fact]
    public void A_block_half_in_the_expected_text_is_left_unlabeled()
    {
        SegmentedPage page = Segment("<html><body><p>Visitors can climb the tower on weekends. Tickets cost nine euros and sell out quickly online.</p></body></html>");
        ExpectedTextAligner.Label(page, "Visitors can climb the tower on weekends.");
        Assert.Null(page.Blocks[0].Annotation);
    }

    [Fact]
    public void Chinese_blocks_align_without_spaces()
    {
        SegmentedPage page = Segment("<html><body><div>首页 | 新闻 | 财经</div><p>今年春茶比往年早上市一周，山区收购点从清晨开始就排起了长队。</p><p>相关阅读：雨后采茶忙...</p></body></html>");
        ExpectedTextAligner.Label(page, "今年春茶比往年早上市一周，\n山区收购点从清晨开始就排起了长队。");
        Assert.Equal([BlockLabel.Boilerplate, BlockLabel.Content, BlockLabel.Boilerplate], page.Blocks.Select(b => b.Annotation));
    }

    [Fact]
    public void A_short_block_inside_the_article_is_content_only_when_it_stands_as_a_line_of_the_expected_text()
    {
        SegmentedPage page = Segment("""
            <html><body>
            <p>The ferry company announced on Monday that the night crossing will run all year from next spring.</p>
            <p>Share</p><p>Twitter</p>
            <h2>New timetable</h2>
            <p>Boats will leave the harbour at eleven and arrive before dawn, the company wrote on Twitter this week.</p>
            </body></html>
            """);
        ExpectedTextAligner.Label(page, """
            The ferry company announced on Monday that the night crossing will run all year from next spring.

            New timetable

            Boats will leave the harbour at eleven and arrive before dawn, the company wrote on Twitter this week.
            """);
        Assert.Equal(BlockLabel.Content, LabelOf(page, "New timetable"));   // a line of its own
        Assert.Null(LabelOf(page, "Twitter"));                             // found only inside a sentence
        Assert.Equal(BlockLabel.Boilerplate, LabelOf(page, "Share"));      // not in the expected text at all
    }

    [Fact]
    public void The_pieces_of_a_wrapped_line_are_content()
    {
        var lines = new ExpectedLines("一九八九年四月，我在湖南开会。\n会议安排了一天时间，那一天正好是四\n月十五日。");
        Assert.True(lines.HasLineEdge("月十五日。"));
        Assert.True(lines.HasLineEdge("正好是四"));
        Assert.False(lines.HasLineEdge("安排了"));
    }
}
