using PageCleaner.Segmentation;

namespace PageCleaner.Tests.Segmentation;

public sealed class TextSegmenterTests
{
    [Fact]
    public void Each_non_blank_line_is_one_block_with_its_source_line_number()
    {
        var page = Segmenting.Text("Title line\n\nFirst paragraph.\nSecond paragraph.\n\n\nLast line");
        Assert.Equal(["Title line", "First paragraph.", "Second paragraph.", "Last line"], page.Texts());
        Assert.Equal([1, 3, 4, 7], page.Blocks.Select(b => b.Line));
        Assert.All(page.Blocks, b => Assert.Equal("line", b.Tag));
        Assert.All(page.Blocks, b => Assert.Null(b.Element));
        Assert.Null(page.Title);
    }

    [Theory]
    [InlineData("one\ntwo\n\nfour")]
    [InlineData("one\r\ntwo\r\n\r\nfour")]
    [InlineData("one\rtwo\r\rfour")]
    [InlineData("one\r\ntwo\n\rfour")]
    public void Line_numbers_match_the_source_for_every_line_ending(string text)
    {
        var page = Segmenting.Text(text);
        Assert.Equal(["one", "two", "four"], page.Texts());
        Assert.Equal([1, 2, 4], page.Blocks.Select(b => b.Line));
    }

    [Fact]
    public void Split_lines_counts_like_an_editor()
    {
        Assert.Equal(["a", "b", "", "c"], TextSegmenter.SplitLines("a\r\nb\r\rc"));
        Assert.Equal(["a", ""], TextSegmenter.SplitLines("a\n\n"));
        Assert.Equal(["a"], TextSegmenter.SplitLines("a\n"));
        Assert.Empty(TextSegmenter.SplitLines(""));
    }

    [Fact]
    public void Lines_of_whitespace_only_are_blank()
    {
        var page = Segmenting.Text("text\n \t\u3000\u00A0\nmore");
        Assert.Equal(["text", "more"], page.Texts());
        Assert.True(page.Blocks[0].BlankAfter);
        Assert.True(page.Blocks[1].BlankBefore);
    }

    [Fact]
    public void Leading_spaces_are_counted_and_removed_from_the_text()
    {
        var page = Segmenting.Text("flush\n    four spaces\n\ttab\n\u3000\u3000两个全角空格");
        Assert.Equal([0, 4, 1, 2], page.Blocks.Select(b => b.LeadingSpaces));
        Assert.Equal(["flush", "four spaces", "tab", "两个全角空格"], page.Texts());
    }

    [Fact]
    public void Blank_before_and_after_follow_the_blank_lines_and_the_file_ends()
    {
        var page = Segmenting.Text("first\nsecond\n\nthird\nfourth");
        Assert.Equal([true, false, true, false], page.Blocks.Select(b => b.BlankBefore));
        Assert.Equal([false, true, false, true], page.Blocks.Select(b => b.BlankAfter));
    }

    [Fact]
    public void Inner_whitespace_is_collapsed()
    {
        Assert.Equal(["a b c"], Segmenting.Text("a   b\t\tc   ").Texts());
    }

    [Fact]
    public void Labels_are_passed_through_by_line()
    {
        BlockLabel?[] labels = [BlockLabel.Content, null, BlockLabel.Boilerplate, BlockLabel.Spam];
        var page = TextSegmenter.Segment("article\n\nfooter\nspam", Segmenting.TestEncoding, labels);
        Assert.Equal([BlockLabel.Content, BlockLabel.Boilerplate, BlockLabel.Spam], page.Blocks.Select(b => b.Annotation));
    }

    [Fact]
    public void A_dump_without_labels_has_no_annotations()
    {
        Assert.All(Segmenting.Text("a\nb").Blocks, b => Assert.Null(b.Annotation));
    }
}
