namespace PageCleaner.Documents;

/// <summary>Unicode ranges the scorer tells apart.</summary>
internal static class CharsetScripts
{
    public static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');

    public static bool IsHangulSyllable(char c) => c is >= '\uAC00' and <= '\uD7A3';

    public static bool IsHiragana(char c) => c is >= '\u3041' and <= '\u309F';

    public static bool IsKatakana(char c) => c is >= '\u30A0' and <= '\u30FF';

    public static bool IsHalfwidthKatakana(char c) => c is >= '\uFF61' and <= '\uFF9F';

    /// <summary>CJK punctuation, full-width ASCII forms and full-width signs.</summary>
    public static bool IsCjkPunctuation(char c) => c is (>= '\u3000' and <= '\u303F') or (>= '\uFF01' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6');

    public static bool IsPrivateUse(char c) => c is >= '\uE000' and <= '\uF8FF';

    public static bool IsC1Control(char c) => c is >= '\u0080' and <= '\u009F';

    public static bool IsAsciiLetter(char c) => char.IsAsciiLetter(c);

    /// <summary>The Russian alphabet (А-я, Ё, ё).</summary>
    public static bool IsRussianLetter(char c) => c is (>= '\u0410' and <= '\u044F') or '\u0401' or '\u0451';

    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    /// <summary>Accented Latin letters windows-1252 can encode.</summary>
    public static bool IsLatin1Letter(char c) =>
        (c is >= '\u00C0' and <= '\u00FF' && c != '\u00D7' && c != '\u00F7') ||
        c is '\u0152' or '\u0153' or '\u0160' or '\u0161' or '\u017D' or '\u017E' or '\u0178' or '\u0192';

    /// <summary>Punctuation that ordinary European text uses: quotes, dashes, ellipsis, no-break space, numero sign.</summary>
    public static bool IsTypographic(char c) => c is '\u00A0' or '\u00AB' or '\u00BB' or '\u2013' or '\u2014' or '\u2018'
        or '\u2019' or '\u201A' or '\u201C' or '\u201D' or '\u201E' or '\u2026' or '\u2116' or '\u2022' or '\u20AC' or '\u00A9';
}
