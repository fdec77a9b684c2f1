using System.Text;
using FsCheck.Xunit;
using PageCleaner.Documents;
using static PageCleaner.Tests.Documents.CharsetDetectorTests;
using static PageCleaner.Tests.Documents.CharsetTestTexts;

namespace PageCleaner.Tests.Documents;

/// <summary>UTF-8, byte order marks, ASCII, damaged and arbitrary input.</summary>
public sealed class CharsetDetectorEdgeCaseTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Undeclared_utf8_is_valid_utf8(bool isHtml)
    {
        string text = isHtml ? Html("", Multilingual) : Multilingual;
        DecodedText decoded = CharsetDetector.Decode(Encoding.UTF8.GetBytes(text), isHtml);
        AssertDecoded(decoded, text, "utf-8", EncodingEvidence.ValidUtf8);
        Assert.Equal("no declaration; valid UTF-8", decoded.Encoding.Detail);
    }

    [Fact]
    public void Declared_utf8_is_declared()
    {
        string html = Html("<meta charset=UTF-8>", Multilingual);
        DecodedText decoded = CharsetDetector.Decode(Encoding.UTF8.GetBytes(html), isHtml: true);
        AssertDecoded(decoded, html, "utf-8", EncodingEvidence.Declared);
    }

    [Fact]
    public void Truncated_utf8_is_still_utf8()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(SimplifiedChinese.TrimEnd('。'));
        DecodedText decoded = CharsetDetector.Decode(bytes.AsSpan(0, bytes.Length - 1), isHtml: false);
        Assert.Equal("utf-8", decoded.Encoding.Name);
        Assert.Equal(EncodingEvidence.ValidUtf8, decoded.Encoding.Evidence);
        Assert.Equal("no declaration; valid UTF-8 (last character cut off)", decoded.Encoding.Detail);
        Assert.StartsWith(SimplifiedChinese[..20], decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_few_damaged_bytes_in_utf8_are_tolerated()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Html("<meta charset=\"utf-8\">", Multilingual + Korean + Japanese));
        bytes[^40] = 0xFF;
        DecodedText decoded = CharsetDetector.Decode(bytes, isHtml: true);
        Assert.Equal("utf-8", decoded.Encoding.Name);
        Assert.Contains("guessed utf-8 (only a few invalid bytes)", decoded.Encoding.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "utf-8")]
    [InlineData(new byte[] { 0xFF, 0xFE }, "utf-16le")]
    [InlineData(new byte[] { 0xFE, 0xFF }, "utf-16be")]
    public void Byte_order_mark_wins_and_is_stripped(byte[] bom, string name)
    {
        string html = Html("<meta charset=\"gbk\">", Multilingual);
        Encoding encoding = name switch { "utf-8" => new UTF8Encoding(false), "utf-16le" => new UnicodeEncoding(false, false), _ => new UnicodeEncoding(true, false) };
        byte[] bytes = [.. bom, .. encoding.GetBytes(html)];
        DecodedText decoded = CharsetDetector.Decode(bytes, isHtml: true);
        AssertDecoded(decoded, html, name, EncodingEvidence.ByteOrderMark);
        Assert.Equal("byte order mark " + name, decoded.Encoding.Detail);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ascii_is_utf8(bool isHtml)
    {
        string text = isHtml ? Html("", "Plain English text, nothing else. ") : "Plain English text.\r\nSecond line.";
        DecodedText decoded = CharsetDetector.Decode(Encoding.ASCII.GetBytes(text), isHtml);
        AssertDecoded(decoded, text, "utf-8", EncodingEvidence.ValidUtf8);
        Assert.Equal("ASCII only", decoded.Encoding.Detail);
    }

    // ASCII skips the UTF-8 validator: the detail must still say what the declaration was and that the bytes are ASCII.
    [Theory]
    [InlineData("<meta charset=\"utf-8\">", "utf-8", EncodingEvidence.Declared, "declared utf-8 in meta charset")]
    [InlineData("<meta charset=\"windows-1251\">", "windows-1251", EncodingEvidence.Declared, "declared windows-1251 in meta charset")]
    [InlineData("<meta charset=\"no-such-charset\">", "utf-8", EncodingEvidence.ValidUtf8, "unknown charset \"no-such-charset\" ignored; ASCII only")]
    public void Ascii_with_a_declaration_keeps_the_declaration_detail(string meta, string name, EncodingEvidence evidence, string detail)
    {
        string html = Html(meta, "Plain English text, nothing else. ");
        DecodedText decoded = CharsetDetector.Decode(Encoding.ASCII.GetBytes(html), isHtml: true);
        AssertDecoded(decoded, html, name, evidence);
        Assert.Equal(detail, decoded.Encoding.Detail);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0, 0, 0, 0 })]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xFE })]
    [InlineData(new byte[] { 0x81, 0x30, 0x81 })]
    [InlineData(new byte[] { 0x3C, 0x6D, 0x65, 0x74, 0x61, 0x20, 0x63, 0x68, 0x61, 0x72, 0x73, 0x65, 0x74, 0x3D })]
    public void Odd_inputs_do_not_throw(byte[] bytes)
    {
        Assert.NotNull(CharsetDetector.Decode(bytes, isHtml: true).Text);
        Assert.NotNull(CharsetDetector.Decode(bytes, isHtml: false).Text);
    }

    [Property(MaxTest = 300)]
    public bool Random_bytes_never_throw(byte[] bytes, bool isHtml)
    {
        DecodedText decoded = CharsetDetector.Decode(bytes ?? [], isHtml);
        return decoded.Text is not null && decoded.Encoding.Detail.Length > 0;
    }

    [Property(MaxTest = 300)]
    public bool Random_markup_never_throws(char[] pieces, byte[] tail)
    {
        // Builds tag soup out of the characters the declaration scanner cares about.
        const string Alphabet = "<>!-=\"' /?metacharsethtpquivonxlgbk2;";
        var sb = new StringBuilder("<meta ");
        foreach (char c in pieces ?? []) sb.Append(Alphabet[c % Alphabet.Length]);
        byte[] bytes = [.. Encoding.ASCII.GetBytes(sb.ToString()), .. tail ?? []];
        return CharsetDetector.Decode(bytes, isHtml: true).Text is not null;
    }
}
