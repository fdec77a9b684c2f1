using PageCleaner.Learning.Training;
using PageCleaner.Segmentation;

namespace PageCleaner.Tests.Learning;

public sealed class LabeledTextDumpTests
{
    [Fact]
    public void Prefixes_are_removed_and_each_line_gets_its_label()
    {
        var (text, labels) = LabeledTextDump.Parse("c|Headline\nb|Menu\ns|casino bonus|slots\n", "page.labeled.txt");
        Assert.Equal("Headline\nMenu\ncasino bonus|slots\n", text);
        Assert.Equal([BlockLabel.Content, BlockLabel.Boilerplate, BlockLabel.Spam], labels);
    }

    [Fact]
    public void Blank_lines_are_kept_unlabeled()
    {
        var (text, labels) = LabeledTextDump.Parse("c|One\n\n   \nc|Two", "x");
        Assert.Equal("One\n\n\nTwo\n", text);
        Assert.Equal([BlockLabel.Content, null, null, BlockLabel.Content], labels);
    }

    [Fact]
    public void An_unlabeled_line_stays_in_the_dump_as_a_block_without_a_label()
    {
        var (text, labels) = LabeledTextDump.Parse("c|Paragraph one.\n?|Twitter\nc|Paragraph two.", "x");
        Assert.Equal("Paragraph one.\nTwitter\nParagraph two.\n", text);
        var page = TextSegmenter.Segment(text, Segmentation.Segmenting.TestEncoding, labels);
        Assert.Equal(["Paragraph one.", "Twitter", "Paragraph two."], page.Blocks.Select(b => b.Text));
        Assert.Equal([BlockLabel.Content, null, BlockLabel.Content], page.Blocks.Select(b => b.Annotation));
    }

    [Fact]
    public void Leading_spaces_after_the_prefix_belong_to_the_text()
    {
        var (text, _) = LabeledTextDump.Parse("c|    indented paragraph", "x");
        Assert.Equal("    indented paragraph\n", text);
    }

    [Fact]
    public void Comments_before_the_first_labeled_line_are_dropped()
    {
        var (text, labels) = LabeledTextDump.Parse("# source: a content farm\n# second note\nc|Body", "x");
        Assert.Equal("Body\n", text);
        Assert.Equal([BlockLabel.Content], labels);
    }

    [Fact]
    public void Windows_line_endings_are_accepted()
    {
        var (text, labels) = LabeledTextDump.Parse("c|One\r\n\r\nb|Two\r\n", "x");
        Assert.Equal("One\n\nTwo\n", text);
        Assert.Equal([BlockLabel.Content, null, BlockLabel.Boilerplate], labels);
    }

    [Fact]
    public void Parsed_dump_segments_into_labeled_blocks()
    {
        var (text, labels) = LabeledTextDump.Parse("# note\nc|Title\n\nc|Paragraph text.\nb|Footer\ns|spam line", "x");
        var page = TextSegmenter.Segment(text, Segmentation.Segmenting.TestEncoding, labels);
        Assert.Equal(["Title", "Paragraph text.", "Footer", "spam line"], page.Blocks.Select(b => b.Text));
        Assert.Equal([BlockLabel.Content, BlockLabel.Content, BlockLabel.Boilerplate, BlockLabel.Spam], page.Blocks.Select(b => b.Annotation));
        Assert.Equal([1, 3, 4, 5], page.Blocks.Select(b => b.Line));
    }

    [Theory]
    [InlineData("c|fine\nx|bad label", 2)]
    [InlineData("c|fine\nno prefix at all", 2)]
    [InlineData("# comment\n\nc|fine\n\nc", 5)]
    [InlineData("c|fine\n# a comment after the first labeled line", 2)]
    [InlineData("c:wrong separator", 1)]
    public void An_invalid_line_is_reported_with_origin_and_line_number(string content, int line)
    {
        var e = Assert.Throws<PageCleanerException>(() => LabeledTextDump.Parse(content, "text/zh-hans-farm-09.labeled.txt"));
        Assert.StartsWith($"text/zh-hans-farm-09.labeled.txt:{line}: ", e.Message, StringComparison.Ordinal);
    }
}
