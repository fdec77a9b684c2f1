using System.Text;
using PageCleaner.Documents;

namespace PageCleaner.Tests.Documents;

public sealed class InputKindDetectorTests
{
    private static InputKind Detect(string s) => InputKindDetector.Detect(Encoding.UTF8.GetBytes(s));

    [Theory]
    [InlineData("<!DOCTYPE html>\n<html><head><title>t</title></head><body>x</body></html>")]
    [InlineData("<!doctype html><p>short")]
    [InlineData("\n\n   <HTML>\n<BODY>text</BODY></HTML>")]
    [InlineData("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>")]
    [InlineData("<head><meta charset=\"utf-8\"></head>")]
    public void Pages_with_a_doctype_or_document_element_are_html(string page)
    {
        Assert.Equal(InputKind.Html, Detect(page));
    }

    [Fact]
    public void A_fragment_of_common_tags_without_doctype_is_html()
    {
        const string Fragment = "<div class=\"post\">\n<p>First paragraph of a post.</p>\n<p>Second paragraph with <a href=\"/x\">a link</a>.</p>\n</div>";
        Assert.Equal(InputKind.Html, Detect(Fragment));
    }

    [Fact]
    public void A_doctype_after_a_long_run_of_whitespace_is_found()
    {
        Assert.Equal(InputKind.Html, Detect(new string(' ', 5000) + new string('\n', 3000) + "<!doctype html>plain words"));
    }

    [Fact]
    public void Markers_count_only_in_the_first_2_KB_of_text_and_tags_in_the_first_64_KB()
    {
        string words = string.Concat(Enumerable.Repeat("plain words ", 200));
        // The marker lies past the first 2 KB of text: only the tags count, and one title tag is not five tags.
        Assert.Equal(InputKind.Text, Detect(words + "<title>x</title>"));
        // Five tags within the first 64 KB make HTML; the same tags after it do not.
        Assert.Equal(InputKind.Html, Detect(words + "<p>a</p><p>b</p><br>"));
        Assert.Equal(InputKind.Text, Detect(new string('x', 70_000) + "<p>a</p><p>b</p><br>"));
    }

    [Fact]
    public void A_utf8_byte_order_mark_before_the_doctype_does_not_hide_it()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>x</body></html>")];
        Assert.Equal(InputKind.Html, InputKindDetector.Detect(bytes));
    }

    [Theory]
    [InlineData("Headline of the story\n\nThe index rose < 5% this quarter, analysts said.\nMore text follows here.")]
    [InlineData("If a < b and b < c then a < c.\nThat is transitivity.")]
    [InlineData("Send <3 to the team\nPress <Enter> to continue")]
    [InlineData("首页 > 新闻 > 国内\n持续高温推动用电负荷再创新高\n来源：互联网 2024-08-06")]
    public void Text_dumps_with_stray_angle_brackets_are_text(string dump)
    {
        Assert.Equal(InputKind.Text, Detect(dump));
    }

    [Fact]
    public void A_text_dump_mentioning_a_few_tags_is_still_text()
    {
        Assert.Equal(InputKind.Text, Detect("Use the <p> element for paragraphs\nand <div> for boxes.\nThat is all."));
    }

    [Fact]
    public void Utf16_html_with_a_byte_order_mark_is_html()
    {
        byte[] le = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<!DOCTYPE html><html><body><p>Hallo</p></body></html>")];
        byte[] be = [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("<html><body><p>Hallo</p></body></html>")];
        Assert.Equal(InputKind.Html, InputKindDetector.Detect(le));
        Assert.Equal(InputKind.Html, InputKindDetector.Detect(be));
    }

    [Fact]
    public void Utf16_text_with_a_byte_order_mark_is_text()
    {
        byte[] le = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Just a line of text\nand another one")];
        Assert.Equal(InputKind.Text, InputKindDetector.Detect(le));
    }

    [Fact]
    public void Empty_input_is_text()
    {
        Assert.Equal(InputKind.Text, InputKindDetector.Detect([]));
    }
}
