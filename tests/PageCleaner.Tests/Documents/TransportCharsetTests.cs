using System.Text;
using PageCleaner.Documents;
using static PageCleaner.Tests.Documents.CharsetTestTexts;

namespace PageCleaner.Tests.Documents;

/// <summary>The charset of a page's transport (an HTTP Content-Type): used when the page does not say, and checked like a declaration.</summary>
public sealed class TransportCharsetTests
{
    // Written for this test: Polish, whose letters (ą ę ł ń ś ź ż) iso-8859-2 has and the guessed encodings read wrongly.
    private const string Polish =
        "Wczoraj wieczorem pojechaliśmy nad jezioro, żeby popływać łódką. Woda była zimna, ale słońce świeciło " +
        "jeszcze długo. Później zjedliśmy kolację w małej gospodzie, gdzie podawano pierogi z jagodami i zupę grzybową.";

    [Fact]
    public void A_page_that_declares_nothing_is_decoded_with_its_transport_charset()
    {
        string html = Html("", Polish);
        byte[] bytes = Encode(28592, html);

        DecodedText guessed = CharsetDetector.Decode(bytes, isHtml: true);
        DecodedText told = CharsetDetector.Decode(bytes, isHtml: true, "ISO-8859-2");

        Assert.DoesNotContain("pojechaliśmy", guessed.Text, StringComparison.Ordinal);
        Assert.Equal(html, told.Text);
        Assert.Equal(EncodingEvidence.Declared, told.Encoding.Evidence);
        Assert.Equal("declared iso-8859-2 in the HTTP header", told.Encoding.Detail);
    }

    [Fact]
    public void The_page_s_own_declaration_wins_over_a_server_default()
    {
        string html = Html("<meta charset=\"gbk\">", SimplifiedChinese);

        DecodedText decoded = CharsetDetector.Decode(Encode(54936, html), isHtml: true, "iso-8859-1");

        Assert.Equal(html, decoded.Text);
        Assert.Equal("declared gbk in meta charset, decoded as gb18030", decoded.Encoding.Detail);
    }

    [Fact]
    public void A_transport_charset_the_bytes_disagree_with_is_passed_over_and_said_so()
    {
        string html = Html("", SimplifiedChinese);

        DecodedText decoded = CharsetDetector.Decode(Encode(54936, html), isHtml: true, "utf-8");

        Assert.Equal(html, decoded.Text);
        Assert.Equal(EncodingEvidence.Guessed, decoded.Encoding.Evidence);
        Assert.StartsWith("no declaration; declared utf-8 in the HTTP header, but the bytes are not valid UTF-8; guessed gb18030", decoded.Encoding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_UTF8_is_not_read_as_the_legacy_charset_a_server_names()
    {
        string html = Html("", Multilingual);

        DecodedText decoded = CharsetDetector.Decode(Encoding.UTF8.GetBytes(html), isHtml: true, "windows-1252");

        Assert.Equal(html, decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding.Name);
    }

    [Fact]
    public void A_byte_order_mark_wins_and_an_unknown_label_is_ignored()
    {
        string html = Html("", French);
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(html)];
        Assert.Equal(EncodingEvidence.ByteOrderMark, CharsetDetector.Decode(withBom, isHtml: true, "windows-1251").Encoding.Evidence);

        DecodedText unknown = CharsetDetector.Decode(Encode(1252, html), isHtml: true, "x-no-such-charset");
        Assert.Equal(html, unknown.Text);
        Assert.Contains("unknown charset \"x-no-such-charset\" in the HTTP header ignored", unknown.Encoding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cleaner_takes_the_transport_charset()
    {
        string html = $"<html><head><title>Jezioro</title></head><body><article><h1>Nad jeziorem</h1><p>{Polish}</p><p>{Polish}</p></article></body></html>";
        byte[] bytes = Encode(28592, html);

        CleanResult result = Cleaner.CreateDefault().Clean(bytes, "jezioro.html", "iso-8859-2");

        Assert.Contains("pierogi z jagodami i zupę grzybową", result.Text, StringComparison.Ordinal);
        Assert.Equal("iso-8859-2", result.Encoding.Name);
    }
}
