using System.Text;
using PageCleaner.Learning.Training;
using PageCleaner.Rendering;
using PageCleaner.Segmentation;

namespace PageCleaner.Tests.Rendering;

/// <summary>
/// An annotated page read back by the training reader gives every block the label it was written with, for any
/// labels and for the hard layouts: text split by br-br inside one element, nested lists, tables, hidden spam, text
/// around child blocks, fragments, implicit end tags, old labels, scripts between text.
/// </summary>
public sealed class AnnotatedHtmlRoundTripTests : IDisposable
{
    private static readonly Lazy<Cleaner> DefaultCleaner = new(() => Cleaner.CreateDefault());
    private readonly AnnotatedHtmlTesting _testing = new();

    public void Dispose() => _testing.Dispose();

    public static TheoryData<string> Pages => AnnotatedHtmlPages.Names();

    /// <summary>One label for all, labels cycling in two phases, and seeded random labels.</summary>
    private static IEnumerable<Func<int, BlockLabel>> Assignments()
    {
        yield return _ => BlockLabel.Content;
        yield return _ => BlockLabel.Boilerplate;
        yield return _ => BlockLabel.Spam;
        yield return i => (BlockLabel)(i % 3);
        yield return i => (BlockLabel)((i + 1) % 3);
        for (int seed = 1; seed <= 8; seed++)
        {
            int[] random = new Random(seed).GetItems([0, 1, 2], 4096);
            yield return i => (BlockLabel)random[i];
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Any_labels_read_back_block_by_block(string name)
    {
        foreach (Func<int, BlockLabel> labelOf in Assignments())
        {
            var (annotated, segmented, labels) = AnnotatedHtmlTesting.Render(AnnotatedHtmlPages.Get(name), labelOf);
            Assert.NotEmpty(segmented.Blocks);
            _testing.AssertReadsBack(annotated, segmented, labels);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_default_models_labels_read_back_in_both_forms(string name)
    {
        LabeledPageFiles files = PageLabeler.Label(DefaultCleaner.Value, Encoding.UTF8.GetBytes(AnnotatedHtmlPages.Get(name)), name + ".html");
        Assert.NotNull(files.AnnotatedHtml);
        SegmentedPage html = _testing.ReadBack(files.AnnotatedHtml, SampleKind.AnnotatedHtml);
        Assert.Null(AnnotationCheck.Compare(AnnotationCheck.Blocks(files.Result.Blocks), html));
        SegmentedPage dump = _testing.ReadBack(files.LabeledDump, SampleKind.LabeledDump);
        Assert.Null(AnnotationCheck.Compare(AnnotationCheck.Lines(files.Result.Blocks), dump));
    }

    [Fact]
    public void The_hard_pages_really_put_blocks_of_one_element_apart()
    {
        // The round trips above only prove something if blocks share elements: check the segmentation they rely on.
        var (_, breaks, _) = AnnotatedHtmlTesting.Segment(AnnotatedHtmlPages.BrokenByBreaks);
        Assert.Equal(3, breaks.Blocks.Count);
        Assert.All(breaks.Blocks, b => Assert.Equal("div", b.Tag));
        Assert.Equal("Third part of the post, back to the weather.\nOne line more.", breaks.Blocks[2].Text);

        var (_, around, _) = AnnotatedHtmlTesting.Segment(AnnotatedHtmlPages.TextAroundBlocks);
        Assert.Equal(["Intro text before", "A paragraph inside", "outro text with emphasis", "inner div", "closing words"], around.Blocks.Select(b => b.Text));

        var (_, hidden, _) = AnnotatedHtmlTesting.Segment(AnnotatedHtmlPages.HiddenSpam);
        Assert.Equal(["Headline of the story", "Visible paragraph", "casino bonus links hidden", "continues here.", "hidden div with pills", "aria hidden text", "off screen loans", "Last visible paragraph."], hidden.Blocks.Select(b => b.Text));
        Assert.True(hidden.Blocks[2].Hidden);
    }

    [Fact]
    public void A_page_in_gbk_is_written_as_utf8_and_reads_back()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string html = "<html><head><meta charset=\"gbk\"><title>茶叶</title></head><body><div class=\"nav\">首页 | 新闻 | 财经</div>" +
                      "<p>今年春茶比往年早上市一周，山区几个主要产茶村的收购点从清晨开始就排起了长队。</p><div>友情链接：澳门博彩娱乐城<br><br>在线真人百家乐</div></body></html>";
        byte[] gbk = Encoding.GetEncoding("gb18030").GetBytes(html);
        var (annotated, segmented, labels) = AnnotatedHtmlTesting.Render(gbk, i => (BlockLabel)((i + 2) % 3));

        string text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(annotated);
        Assert.Contains("今年春茶比往年早上市一周", text, StringComparison.Ordinal);
        Assert.DoesNotContain("gbk", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<meta charset=\"utf-8\"", text, StringComparison.Ordinal);
        Assert.NotEqual(0xEF, annotated[0]); // the declaration suffices; no byte order mark needed
        _testing.AssertReadsBack(annotated, segmented, labels);
    }

    [Fact]
    public void A_declaration_the_renderer_cannot_remove_is_overruled_by_a_byte_order_mark()
    {
        // A charset meta inside <title> is text to the parser (so it stays), but the charset prescan still sees it, and
        // before the head that receives the UTF-8 declaration.
        string html = "<html><title><meta charset=\"windows-1251\"> Заголовок</title><head></head><body><p>Текст статьи о погоде.</p></body></html>";
        var (annotated, segmented, labels) = AnnotatedHtmlTesting.Render(html, _ => BlockLabel.Content);
        Assert.Equal([0xEF, 0xBB, 0xBF], annotated[..3]);
        _testing.AssertReadsBack(annotated, segmented, labels);
    }

    [Fact]
    public void A_head_past_the_first_kilobyte_gets_a_byte_order_mark_too()
    {
        string html = "<!-- " + new string('x', 2000) + " -->\n<html><head><title>Late</title></head><body><p>Café au lait, crème brûlée.</p></body></html>";
        var (annotated, segmented, labels) = AnnotatedHtmlTesting.Render(html, _ => BlockLabel.Content);
        Assert.Equal([0xEF, 0xBB, 0xBF], annotated[..3]);
        _testing.AssertReadsBack(annotated, segmented, labels);
    }

    [Fact]
    public void Nesting_past_the_parser_limit_reads_back()
    {
        var sb = new StringBuilder("<html><body>");
        for (int i = 0; i < 1200; i++) sb.Append(i % 100 == 0 ? $"<div>level {i} text" : "<div>");
        for (int i = 0; i < 1200; i++) sb.Append("</div>");
        sb.Append("<p>after the deep part</p></body></html>");
        var (annotated, segmented, labels) = AnnotatedHtmlTesting.Render(sb.ToString(), i => (BlockLabel)(i % 3));
        // Block-level elements past the block depth limit join the block of their ancestor at the limit.
        Assert.Contains(segmented.Blocks, b => b.Text.Contains("level 300 text", StringComparison.Ordinal) && b.Text.Contains("level 1100 text", StringComparison.Ordinal));
        Assert.Equal("after the deep part", segmented.Blocks[^1].Text);
        _testing.AssertReadsBack(annotated, segmented, labels);
    }

    [Fact]
    public void The_labels_of_the_page_itself_are_replaced_not_read()
    {
        // Every block of OddMarkup's old annotation says spam or content; written as boilerplate, boilerplate must come back.
        var (annotated, segmented, labels) = AnnotatedHtmlTesting.Render(AnnotatedHtmlPages.OddMarkup, _ => BlockLabel.Boilerplate);
        SegmentedPage back = _testing.ReadBack(annotated, SampleKind.AnnotatedHtml);
        Assert.All(back.Blocks, b => Assert.Equal(BlockLabel.Boilerplate, b.Annotation));
        Assert.Equal(segmented.Blocks.Count, back.Blocks.Count);
        Assert.Equal(labels.Length, back.Blocks.Count);
    }
}
