using System.Text;
using PageCleaner.Documents;
using static PageCleaner.Tests.Documents.CharsetTestTexts;

namespace PageCleaner.Tests.Documents;

public sealed class CharsetDetectorTests
{
    public static TheoryData<string, int, string> Cases => LegacyCases;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Meta_charset_is_used(string name, int codePage, string text)
    {
        string html = Html($"<meta charset=\"{name}\">", text);
        DecodedText decoded = CharsetDetector.Decode(Encode(codePage, html), isHtml: true);
        AssertDecoded(decoded, html, name, EncodingEvidence.Declared);
        Assert.Equal($"declared {name} in meta charset", decoded.Encoding.Detail);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Meta_http_equiv_is_used(string name, int codePage, string text)
    {
        string html = Html($"<META content='text/html; charset={name.ToUpperInvariant()}' HTTP-EQUIV=Content-Type />", text);
        DecodedText decoded = CharsetDetector.Decode(Encode(codePage, html), isHtml: true);
        AssertDecoded(decoded, html, name, EncodingEvidence.Declared);
        Assert.Contains("meta http-equiv", decoded.Encoding.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Xml_declaration_is_used(string name, int codePage, string text)
    {
        string html = $"<?xml version=\"1.0\" encoding=\"{name}\"?>\n" + Html("", text);
        DecodedText decoded = CharsetDetector.Decode(Encode(codePage, html), isHtml: true);
        AssertDecoded(decoded, html, name, EncodingEvidence.Declared);
        Assert.Contains("xml declaration", decoded.Encoding.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Undeclared_html_is_guessed(string name, int codePage, string text)
    {
        string html = Html("", text);
        DecodedText decoded = CharsetDetector.Decode(Encode(codePage, html), isHtml: true);
        AssertDecoded(decoded, html, name, EncodingEvidence.Guessed);
        Assert.StartsWith("no declaration, not UTF-8; guessed " + name, decoded.Encoding.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Text_dump_is_guessed(string name, int codePage, string text)
    {
        string dump = text + "\n\n" + text[..(text.Length / 2)] + "\n";
        DecodedText decoded = CharsetDetector.Decode(Encode(codePage, dump), isHtml: false);
        AssertDecoded(decoded, dump, name, EncodingEvidence.Guessed);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Text_dump_ignores_markup_declarations(string name, int codePage, string text)
    {
        // A text file that merely quotes a meta tag is not declaring anything.
        string dump = "<meta charset=\"utf-8\">\n" + text;
        DecodedText decoded = CharsetDetector.Decode(Encode(codePage, dump), isHtml: false);
        AssertDecoded(decoded, dump, name, EncodingEvidence.Guessed);
    }

    [Theory]
    [InlineData("<meta charset=\"gb2312\">", "declared gb2312 in meta charset, decoded as gb18030")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">", "declared gbk in meta http-equiv, decoded as gb18030")]
    [InlineData("<meta charset=GB_2312-80>", "declared gb_2312-80 in meta charset, decoded as gb18030")]
    [InlineData("<meta charset='cp936'>", "declared cp936 in meta charset, decoded as gb18030")]
    public void Gb2312_and_gbk_are_decoded_as_gb18030(string meta, string detail)
    {
        string html = Html(meta, SimplifiedChinese);
        DecodedText decoded = CharsetDetector.Decode(Encode(936, html), isHtml: true);
        AssertDecoded(decoded, html, "gb18030", EncodingEvidence.Declared);
        Assert.Equal(detail, decoded.Encoding.Detail);
    }

    [Theory]
    [InlineData("big5-hkscs", 950, "big5", TraditionalChinese)]
    [InlineData("windows-31j", 932, "shift_jis", Japanese)]
    [InlineData("ks_c_5601-1987", 949, "euc-kr", Korean)]
    [InlineData("x-cp1251", 1251, "windows-1251", Russian)]
    [InlineData("iso-8859-1", 1252, "windows-1252", French)]
    [InlineData("us-ascii", 1252, "windows-1252", German)]
    public void Aliases_map_to_canonical_names(string label, int codePage, string name, string text)
    {
        string html = Html($"<meta charset=\"{label}\">", text);
        DecodedText decoded = CharsetDetector.Decode(Encode(codePage, html), isHtml: true);
        AssertDecoded(decoded, html, name, EncodingEvidence.Declared);
        Assert.Equal($"declared {label} in meta charset, decoded as {name}", decoded.Encoding.Detail);
    }

    [Fact]
    public void Declared_utf8_on_gbk_bytes_is_wrong()
    {
        string html = Html("<meta charset=\"utf-8\">", SimplifiedChinese);
        DecodedText decoded = CharsetDetector.Decode(Encode(936, html), isHtml: true);
        AssertDecoded(decoded, html, "gb18030", EncodingEvidence.Guessed);
        Assert.StartsWith("declared utf-8 in meta charset, but the bytes are not valid UTF-8; guessed gb18030", decoded.Encoding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Declared_windows_1252_on_utf8_chinese_is_wrong()
    {
        string html = Html("<meta http-equiv=\"content-type\" content=\"text/html;charset=windows-1252\">", SimplifiedChinese);
        DecodedText decoded = CharsetDetector.Decode(Encoding.UTF8.GetBytes(html), isHtml: true);
        AssertDecoded(decoded, html, "utf-8", EncodingEvidence.ValidUtf8);
        Assert.Equal("declared windows-1252 in meta http-equiv, but the bytes are valid UTF-8; decoded as utf-8", decoded.Encoding.Detail);
    }

    [Theory]
    [InlineData("big5", 936, "gb18030", SimplifiedChinese)]
    [InlineData("gb2312", 950, "big5", TraditionalChinese)]
    [InlineData("iso-8859-1", 936, "gb18030", SimplifiedChinese)]
    [InlineData("windows-1252", 1251, "windows-1251", Russian)]
    [InlineData("shift_jis", 949, "euc-kr", Korean)]
    [InlineData("euc-kr", 932, "shift_jis", Japanese)]
    [InlineData("windows-1251", 950, "big5", TraditionalChinese)]
    public void Wrong_legacy_declaration_is_overruled(string label, int codePage, string name, string text)
    {
        string html = Html($"<meta charset=\"{label}\">", text);
        DecodedText decoded = CharsetDetector.Decode(Encode(codePage, html), isHtml: true);
        AssertDecoded(decoded, html, name, EncodingEvidence.Guessed);
        Assert.StartsWith($"declared {label} in meta charset, but ", decoded.Encoding.Detail, StringComparison.Ordinal);
        Assert.Contains($"; guessed {name} (", decoded.Encoding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_declared_encodings_are_decoded_with_dotnet()
    {
        string html = Html("<meta charset=\"koi8-r\">", Russian);
        DecodedText decoded = CharsetDetector.Decode(Encode(20866, html), isHtml: true);
        AssertDecoded(decoded, html, "koi8-r", EncodingEvidence.Declared);
    }

    [Fact]
    public void Declared_utf16_in_a_byte_page_is_read_as_utf8()
    {
        string html = Html("<meta charset=\"utf-16\">", Korean);
        DecodedText decoded = CharsetDetector.Decode(Encoding.UTF8.GetBytes(html), isHtml: true);
        AssertDecoded(decoded, html, "utf-8", EncodingEvidence.Declared);
        Assert.Equal("declared utf-16 in meta charset, decoded as utf-8", decoded.Encoding.Detail);
    }

    [Fact]
    public void Unknown_label_is_ignored_and_reported()
    {
        string html = Html("<meta charset=\"x-martian\">", Japanese);
        DecodedText decoded = CharsetDetector.Decode(Encode(932, html), isHtml: true);
        AssertDecoded(decoded, html, "shift_jis", EncodingEvidence.Guessed);
        Assert.StartsWith("unknown charset \"x-martian\" ignored, not UTF-8; guessed shift_jis", decoded.Encoding.Detail, StringComparison.Ordinal);
    }

    internal static void AssertDecoded(DecodedText decoded, string expectedText, string name, EncodingEvidence evidence)
    {
        Assert.Equal(name, decoded.Encoding.Name);
        Assert.Equal(evidence, decoded.Encoding.Evidence);
        Assert.Equal(expectedText, decoded.Text);
    }
}
