namespace PageCleaner.Text;

/// <summary>Character classes used by segmentation and features; all checks are on single UTF-16 units.</summary>
internal static class CharClass
{
    /// <summary>Han ideographs (CJK unified, extension A, compatibility) and the high surrogates of the supplementary Han planes.</summary>
    public static bool IsHan(char c) =>
        (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF')
        || (c >= '\uD840' && c <= '\uD87F');

    /// <summary>Hiragana, katakana and half-width katakana.</summary>
    public static bool IsKana(char c) =>
        (c >= '\u3040' && c <= '\u30FF') || (c >= '\u31F0' && c <= '\u31FF') || (c >= '\uFF66' && c <= '\uFF9F');

    /// <summary>Hangul syllables and jamo.</summary>
    public static bool IsHangul(char c) =>
        (c >= '\uAC00' && c <= '\uD7AF') || (c >= '\u1100' && c <= '\u11FF') || (c >= '\u3130' && c <= '\u318F');

    /// <summary>Characters that count as one token each: a Chinese or Japanese sentence has no spaces between words.</summary>
    public static bool IsCharToken(char c) => IsHan(c) || IsKana(c);

    /// <summary>Sentence-ending punctuation across scripts: . ! ? and their full-width, Arabic, Devanagari and ellipsis forms.</summary>
    public static bool IsSentenceEnd(char c) => c switch
    {
        '.' or '!' or '?' or '。' or '！' or '？' or '…' or '؟' or '۔' or '।' or '｡' or '‼' => true,
        _ => false,
    };

    /// <summary>Clause punctuation: commas, semicolons, colons in Latin, CJK and Arabic forms.</summary>
    public static bool IsClausePunctuation(char c) => c switch
    {
        ',' or ';' or ':' or '，' or '、' or '；' or '：' or '،' or '؛' or '､' => true,
        _ => false,
    };

    /// <summary>Characters scrapers and sites use to separate items of a list on one line.</summary>
    public static bool IsSeparator(char c) => c switch
    {
        '|' or '｜' or '·' or '•' or '»' or '«' or '›' or '>' or '/' or '丨' or '¦' or '│' => true,
        _ => false,
    };

    /// <summary>A printable ASCII character other than the space ('!' to '~'): never a space, a control or a surrogate, so
    /// the text scans that care about those pass it as it is.</summary>
    public static bool IsPrintableAscii(char c) => (uint)(c - '!') <= '~' - '!';

    /// <summary>Whitespace including no-break and ideographic spaces.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u3000' || c == '\uFEFF';

    /// <summary>
    /// Zero-width characters that carry no visible text: zero-width space, non-joiner, joiner, word joiner, byte order
    /// mark, Mongolian vowel separator.
    /// </summary>
    public static bool IsZeroWidth(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u180E';
}
