using System.Text;
using PageCleaner.Documents;
using PageCleaner.Learning.Training;
using PageCleaner.Rendering;
using PageCleaner.Segmentation;

namespace PageCleaner.Tests.Rendering;

/// <summary>Labeled text dumps (form 2): a label before every line, blank lines kept, and the training reader agrees.</summary>
public sealed class LabeledDumpRendererTests : IDisposable
{
    private static readonly Lazy<Cleaner> DefaultCleaner = new(() => Cleaner.CreateDefault());
    private readonly AnnotatedHtmlTesting _testing = new();

    public void Dispose() => _testing.Dispose();

    private const string Dump = "Home | News | Sport\n\n  Indented headline line\nA paragraph of the article, with a comma.\r\n\t\nCasino bonus | free spins\n   \n\u200B\nLast line without newline";

    private static BlockResult Block(int index, BlockLabel label, string text, int line, string tag = "line") =>
        new(index, label, 0.9f, text, null, line, false, tag, 0, false);

    [Fact]
    public void A_dump_keeps_its_lines_as_they_were_behind_their_labels()
    {
        BlockResult[] blocks =
        [
            Block(0, BlockLabel.Boilerplate, "Home | News | Sport", 1),
            Block(1, BlockLabel.Content, "Indented headline line", 3),
            Block(2, BlockLabel.Content, "A paragraph of the article, with a comma.", 4),
            Block(3, BlockLabel.Spam, "Casino bonus | free spins", 6),
            Block(4, BlockLabel.Boilerplate, "Last line without newline", 9),
        ];
        string labeled = LabeledDumpRenderer.FromDump(Dump, blocks, "site/page.txt");
        Assert.Equal(
            "# site/page.txt: labels from pagecleaner label, to be checked before training\n" +
            "b|Home | News | Sport\n\nc|  Indented headline line\nc|A paragraph of the article, with a comma.\n\ns|Casino bonus | free spins\n\nb|\u200B\nb|Last line without newline\n",
            labeled);
    }

    [Fact]
    public void A_dump_reads_back_with_the_labels_the_model_gave()
    {
        Cleaner cleaner = DefaultCleaner.Value;
        LabeledPageFiles files = PageLabeler.Label(cleaner, Encoding.UTF8.GetBytes(SamplePages.ChineseFarmDump), "farm.txt");
        Assert.Null(files.AnnotatedHtml);
        Assert.Contains(files.Result.Blocks, b => b.Label == BlockLabel.Content);
        Assert.Contains(files.Result.Blocks, b => b.Label != BlockLabel.Content);
        SegmentedPage back = _testing.ReadBack(files.LabeledDump, SampleKind.LabeledDump);
        Assert.Null(AnnotationCheck.Compare(AnnotationCheck.Blocks(files.Result.Blocks), back));
        // The dump's layout survives too: line numbers and indentation are what the segmenter saw in the original.
        SegmentedPage original = TextSegmenter.Segment(SamplePages.ChineseFarmDump, new DetectedEncoding("utf-8", EncodingEvidence.Caller, "test"));
        Assert.Equal(original.Blocks.Select(b => (b.LeadingSpaces, b.BlankBefore, b.BlankAfter)), back.Blocks.Select(b => (b.LeadingSpaces, b.BlankBefore, b.BlankAfter)));
    }

    [Fact]
    public void Every_label_reads_back_from_a_dump()
    {
        for (int seed = 1; seed <= 5; seed++)
        {
            SegmentedPage page = TextSegmenter.Segment(Dump, new DetectedEncoding("utf-8", EncodingEvidence.Caller, "test"));
            int[] random = new Random(seed).GetItems([0, 1, 2], page.Blocks.Count);
            BlockResult[] blocks = page.Blocks.Select((b, i) => Block(i, (BlockLabel)random[i], b.Text, b.Line)).ToArray();
            SegmentedPage back = _testing.ReadBack(Encoding.UTF8.GetBytes(LabeledDumpRenderer.FromDump(Dump, blocks, "d.txt")), SampleKind.LabeledDump);
            Assert.Null(AnnotationCheck.Compare(AnnotationCheck.Blocks(blocks), back));
        }
    }

    [Fact]
    public void Html_blocks_become_one_line_per_line_of_text()
    {
        BlockResult[] blocks =
        [
            Block(0, BlockLabel.Boilerplate, "Home News", 1, "nav"),
            Block(1, BlockLabel.Content, "Address line one\nAddress line two", 2, "p"),
            Block(2, BlockLabel.Content, "for x in items:\n\n    print(x)", 3, "pre"),
            Block(3, BlockLabel.Spam, "cheap pills", 4, "div"),
        ];
        string labeled = LabeledDumpRenderer.FromBlocks(blocks, null);
        Assert.Equal("b|Home News\nc|Address line one\nc|Address line two\nc|for x in items:\n\nc|    print(x)\ns|cheap pills\n", labeled);
        SegmentedPage back = _testing.ReadBack(Encoding.UTF8.GetBytes(labeled), SampleKind.LabeledDump);
        Assert.Null(AnnotationCheck.Compare(AnnotationCheck.Lines(blocks), back));
        Assert.Equal(6, back.Blocks.Count);
    }

    [Fact]
    public void A_lone_surrogate_is_dropped_so_the_file_is_valid_utf8()
    {
        string dump = "good line\nbad \uD800 line\n";
        SegmentedPage page = TextSegmenter.Segment(dump, new DetectedEncoding("utf-8", EncodingEvidence.Caller, "test"));
        BlockResult[] blocks = page.Blocks.Select((b, i) => Block(i, BlockLabel.Content, b.Text, b.Line)).ToArray();
        string labeled = LabeledDumpRenderer.FromDump(dump, blocks, null);
        Assert.Equal("c|good line\nc|bad  line\n", labeled);
        SegmentedPage back = _testing.ReadBack(new UTF8Encoding(false, true).GetBytes(labeled), SampleKind.LabeledDump);
        Assert.Null(AnnotationCheck.Compare(AnnotationCheck.Blocks(blocks), back));
    }

    [Fact]
    public void A_source_name_cannot_break_out_of_the_comment_line()
    {
        string labeled = LabeledDumpRenderer.FromBlocks([Block(0, BlockLabel.Content, "text", 1)], "evil\nc|injected");
        Assert.Equal("# evil c|injected: labels from pagecleaner label, to be checked before training\nc|text\n", labeled);
    }
}
