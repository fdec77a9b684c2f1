using System.Globalization;
using System.Text;

namespace PageCleaner.SpamInjection.Injection;

/// <summary>
/// Splits text into the tokens the article is located by: lower-cased runs of letters and digits, except that
/// characters of scripts written without spaces (Han, kana, Hangul, Thai) are one token each.
/// </summary>
internal static class TruthTokens
{
    /// <summary>The tokens of <paramref name="text"/> in order.</summary>
    public static IEnumerable<string> Of(string text)
    {
        var word = new StringBuilder();
        foreach (Rune r in text.EnumerateRunes())
        {
            if (IsUnspaced(r))
            {
                if (word.Length > 0) yield return Flush(word);
                yield return r.ToString();
            }
            else if (Rune.IsLetterOrDigit(r))
            {
                word.Append(Rune.ToLowerInvariant(r).ToString());
            }
            else if (word.Length > 0)
            {
                yield return Flush(word);
            }
        }
        if (word.Length > 0) yield return Flush(word);
    }

    private static string Flush(StringBuilder word)
    {
        string s = word.ToString();
        word.Clear();
        return s;
    }

    private static bool IsUnspaced(Rune r) =>
        r.Value is (>= 0x3040 and <= 0x30FF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF)
            or (>= 0xAC00 and <= 0xD7AF) or (>= 0x0E00 and <= 0x0E7F) or (>= 0x20000 and <= 0x2FFFF)
        && Rune.GetUnicodeCategory(r) != UnicodeCategory.OtherPunctuation;
}
