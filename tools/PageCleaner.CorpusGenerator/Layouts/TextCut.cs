using System.Globalization;

namespace PageCleaner.CorpusGenerator.Layouts;

/// <summary>Truncates titles and snippets the way teaser lists do ("...", "…"), by characters for CJK text and at a word boundary otherwise.</summary>
internal static class TextCut
{
    public static bool IsCjk(string language) => language is "zh-hans" or "zh-hant" or "ja";

    public static string Cut(string text, string language, int cjkChars, int latinChars, string ellipsis = "...")
    {
        var info = new StringInfo(text);
        if (IsCjk(language) || language == "th")
        {
            if (info.LengthInTextElements <= cjkChars) return text;
            return info.SubstringByTextElements(0, cjkChars).TrimEnd() + ellipsis;
        }
        int limit = language == "ko" ? latinChars * 2 / 3 : latinChars;
        if (text.Length <= limit) return text;
        int cut = text.LastIndexOf(' ', limit);
        if (cut < limit / 2) cut = limit;
        return text[..cut].TrimEnd(',', ';', ':', ' ', '،') + ellipsis;
    }
}
