using FsCheck.Xunit;
using PageCleaner.Features;
using PageCleaner.Segmentation;
using PageCleaner.Tests.Segmentation;

namespace PageCleaner.Tests.Features;

public sealed class FeatureMatrixTests
{
    public static TheoryData<string, bool> Pages => new()
    {
        { SamplePages.EnglishArticle, true },
        { SamplePages.ChineseFarmDump, false },
        { "<p>One lonely paragraph.</p>", true },
        { "<ul><li><a href=\"/a\">A</a></li><li><a href=\"//cdn.example/b\">B</a></li></ul><div hidden>x</div>", true },
        { "<pre>\n\n  code\n</pre><h2>Heading</h2><table><tr><td>1</td></tr></table>", true },
        { "single line dump", false },
        { "   indented\n\n\n\t\ttabbed\n...\n2025-07-22", false },
    };

    private static SegmentedPage Segment(string page, bool html) => html ? Segmenting.Html(page) : Segmenting.Text(page);

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_matrix_has_one_row_per_block_and_only_finite_values(string page, bool html)
    {
        SegmentedPage segmented = Segment(page, html);
        var (_, matrix) = FeatureExtractor.Default.Extract(segmented);
        Assert.NotEmpty(segmented.Blocks);
        Assert.Equal(segmented.Blocks.Count * FeatureExtractor.Default.Schema.Count, matrix.Length);
        Assert.All(matrix, v => Assert.True(float.IsFinite(v)));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Extracting_the_same_page_twice_gives_the_same_matrix(string page, bool html)
    {
        SegmentedPage segmented = Segment(page, html);
        var (_, first) = FeatureExtractor.Default.Extract(segmented);
        var (_, second) = FeatureExtractor.Default.Extract(segmented);
        Assert.Equal(first, second);
    }

    // The container totals live on the page's elements: a second extraction clears them before adding again, down
    // shared ancestors as well as separate branches.
    [Fact]
    public void Extracting_a_nested_page_again_gives_the_same_container_features()
    {
        SegmentedPage segmented = Segmenting.Html(
            "<html><body><div><p>First paragraph, with a clause.</p><div><p>Nested one. It has sentences.</p><p>Another one here.</p></div></div>"
            + "<ul><li><a href=\"/a\">link one</a></li><li><a href=\"/b\">link two</a></li></ul><div>plain text in a div</div></body></html>");
        var (_, first) = FeatureExtractor.Default.Extract(segmented);
        var (_, second) = FeatureExtractor.Default.Extract(segmented);
        var (_, third) = FeatureExtractor.Default.Extract(segmented);
        Assert.Equal(first, second);
        Assert.Equal(first, third);
    }

    [Fact]
    public void A_page_without_blocks_gives_an_empty_matrix()
    {
        SegmentedPage empty = Segmenting.Html("<html><body><script>x()</script></body></html>");
        Assert.Empty(empty.Blocks);
        Assert.Empty(FeatureExtractor.Default.Extract(empty).Matrix);
    }

    [Property(MaxTest = 200, Replay = "(850496184590311230,8704812532237035549)")]
    public bool Any_text_dump_gives_finite_features(string? text)
    {
        var (_, matrix) = FeatureExtractor.Default.Extract(Segmenting.Text(text ?? ""));
        return matrix.All(float.IsFinite);
    }

    [Property(MaxTest = 200, Replay = "(4317072779506622849,3004568822827309789)")]
    public bool Any_html_gives_finite_features(string? body)
    {
        var (_, matrix) = FeatureExtractor.Default.Extract(Segmenting.Html("<html><body><div><p>" + body + "</p></div></body></html>"));
        return matrix.All(float.IsFinite);
    }
}
