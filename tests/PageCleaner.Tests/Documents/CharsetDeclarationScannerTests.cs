using System.Text;
using PageCleaner.Documents;

namespace PageCleaner.Tests.Documents;

public sealed class CharsetDeclarationScannerTests
{
    [Theory]
    [InlineData("<meta charset=\"gbk\">", "gbk", "gb18030", "meta charset")]
    [InlineData("<meta charset=big5>", "big5", "big5", "meta charset")]
    [InlineData("<meta charset='Shift_JIS'/>", "shift_jis", "shift_jis", "meta charset")]
    [InlineData("<META CHARSET = \" EUC-KR \" >", "euc-kr", "euc-kr", "meta charset")]
    [InlineData("<meta\ncharset=\"utf-8\"\n/>", "utf-8", "utf-8", "meta charset")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">", "windows-1251", "windows-1251", "meta http-equiv")]
    [InlineData("<meta content=\"text/html;charset=UTF-8\" http-equiv=\"content-type\">", "utf-8", "utf-8", "meta http-equiv")]
    [InlineData("<meta http-equiv=Content-Type content=text/html;charset=gb2312>", "gb2312", "gb18030", "meta http-equiv")]
    [InlineData("<meta content=\"text/html; charset='big5'\" http-equiv=\"Content-Type\">", "big5", "big5", "meta http-equiv")]
    [InlineData("<meta content=\"text/html; CHARSET = latin1\" http-equiv=' content-type '>", "latin1", "windows-1252", "meta http-equiv")]
    [InlineData("<?xml version=\"1.0\" encoding='ISO-8859-1'?><html>", "iso-8859-1", "windows-1252", "xml declaration")]
    [InlineData("<?xml version=\"1.0\" encoding=\"Shift_JIS\" standalone=\"yes\"?>", "shift_jis", "shift_jis", "xml declaration")]
    [InlineData("<!-- <meta charset=\"big5\"> --><meta charset=\"gbk\">", "gbk", "gb18030", "meta charset")]
    [InlineData("<a title=\"<meta charset=big5>\" href=x>link</a><meta charset=\"gbk\">", "gbk", "gb18030", "meta charset")]
    [InlineData("<meta name=\"viewport\" content=\"width=device-width\"><meta charset=\"utf-8\">", "utf-8", "utf-8", "meta charset")]
    [InlineData("<meta content=\"charset=big5\"><meta charset=\"euc-kr\">", "euc-kr", "euc-kr", "meta charset")]
    [InlineData("<metadata charset=big5><meta charset=\"koi8-r\">", "koi8-r", "koi8-r", "meta charset")]
    public void Finds_declarations(string head, string label, string name, string source)
    {
        CharsetDeclaration? found = Find("<!DOCTYPE html><html><head>" + head + "<title>x</title></head>", out string? ignored);
        Assert.NotNull(found);
        Assert.Equal(label, found.Label);
        Assert.Equal(name, found.Target.Name);
        Assert.Equal(source, found.Source);
        Assert.Null(ignored);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><head><title>no declaration</title></head><body></body></html>")]
    [InlineData("<meta charset=\"\">")]
    [InlineData("<meta content=\"text/html; charset=gbk\">")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"5; charset=gbk\">")]
    [InlineData("<!-- <meta charset=\"big5\">")]
    [InlineData("<meta charset")]
    [InlineData("<meta charset=\"gbk")]
    [InlineData("<?xml version=\"1.0\"?>")]
    public void Finds_nothing(string html) => Assert.Null(Find(html, out _));

    [Fact]
    public void Unknown_labels_are_skipped_and_remembered()
    {
        CharsetDeclaration? found = Find("<meta charset=\"x-klingon\"><meta charset=\"big5\">", out string? ignored);
        Assert.Equal("big5", found?.Target.Name);
        Assert.Equal("x-klingon", ignored);
    }

    [Fact]
    public void A_long_head_is_scanned_past_4_kb()
    {
        string html = "<html><head><style>" + new string('x', 9000) + "</style><meta charset=\"gbk\"></head>";
        Assert.Equal("gb18030", Find(html, out _)?.Target.Name);
    }

    [Fact]
    public void A_declaration_in_the_body_past_4_kb_is_not_used()
    {
        string html = "<html><head></head><body><p>" + new string('x', 5000) + "</p><meta charset=\"gbk\">";
        Assert.Null(Find(html, out _));
    }

    [Fact]
    public void The_scan_stops_at_16_kb()
    {
        string html = "<html><head><style>" + new string('x', 17000) + "</style><meta charset=\"gbk\"></head>";
        Assert.Null(Find(html, out _));
    }

    private static CharsetDeclaration? Find(string html, out string? ignored) =>
        CharsetDeclarationScanner.Find(Encoding.Latin1.GetBytes(html), out ignored);
}
