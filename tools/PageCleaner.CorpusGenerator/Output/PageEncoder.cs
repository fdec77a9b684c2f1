using System.Text;
using PageCleaner.CorpusGenerator.Planning;

namespace PageCleaner.CorpusGenerator.Output;

/// <summary>Turns a page's HTML into the bytes of its planned encoding.</summary>
internal static class PageEncoder
{
    private static readonly UTF8Encoding Utf8 = new(false, true);

    static PageEncoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static byte[] Encode(string html, EncodingPlan plan)
    {
        if (plan.IsUtf8) return Utf8.GetBytes(html);
        Encoding encoding = Encoding.GetEncoding(plan.CodePage, new NcrEncoderFallback(), DecoderFallback.ExceptionFallback);
        return encoding.GetBytes(html);
    }

    /// <summary>The .NET name of a code page, for the manifest.</summary>
    public static string Name(EncodingPlan plan) => plan.CodePage switch
    {
        65001 => "utf-8",
        936 => "gbk",
        950 => "big5",
        932 => "shift_jis",
        949 => "euc-kr",
        1251 => "windows-1251",
        _ => plan.CodePage.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
