using System.Text;
using PageCleaner.Markup;
using PageCleaner.Segmentation;
using PageCleaner.Text;

namespace PageCleaner.Tests.Rendering;

/// <summary>The segmenter's record of which text nodes each block came from, which the annotated HTML is built on.</summary>
public sealed class AnnotatedHtmlSourcesTests
{
    [Theory]
    [MemberData(nameof(AnnotatedHtmlRoundTripTests.Pages), MemberType = typeof(AnnotatedHtmlRoundTripTests))]
    public void Each_block_is_the_text_of_its_recorded_nodes(string name)
    {
        var (_, segmented, sources) = AnnotatedHtmlTesting.Segment(AnnotatedHtmlPages.Get(name));
        for (int i = 0; i < segmented.Blocks.Count; i++)
        {
            var joined = new StringBuilder();
            foreach (MarkupNode node in sources[i]) joined.Append(HtmlEntities.Decode(node.Text));
            // Line breaks and spacing come from elements between the nodes; the characters themselves must match.
            Assert.Equal(NonSpace(segmented.Blocks[i].Text), NonSpace(joined.ToString()));
        }
    }

    [Fact]
    public void No_node_belongs_to_two_blocks_and_nodes_keep_document_order()
    {
        var (_, segmented, sources) = AnnotatedHtmlTesting.Segment(AnnotatedHtmlPages.BrokenByBreaks + AnnotatedHtmlPages.Tables);
        var seen = new HashSet<MarkupNode>();
        int last = -1;
        for (int i = 0; i < segmented.Blocks.Count; i++)
        {
            foreach (MarkupNode node in sources[i])
            {
                Assert.True(seen.Add(node));
                Assert.True(node.Start > last);
                last = node.Start;
            }
        }
    }

    [Fact]
    public void Segmenting_without_a_record_gives_the_same_blocks()
    {
        var (page, withSources, _) = AnnotatedHtmlTesting.Segment(AnnotatedHtmlPages.InlineAcrossBreaks);
        SegmentedPage without = new HtmlSegmenter(CleanerOptions.Default.MaxBlockDepth).Segment(page.Html!, page.Decoded.Encoding, readAnnotations: false);
        Assert.Equal(withSources.Blocks.Select(b => b.Text), without.Blocks.Select(b => b.Text));
        Assert.Equal(["first run of text", "second run of text third run link", "after link"], without.Blocks.Select(b => b.Text));
    }

    private static string NonSpace(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (!CharClass.IsSpace(c) && !char.IsControl(c)) sb.Append(c);
        }
        return sb.ToString();
    }
}
