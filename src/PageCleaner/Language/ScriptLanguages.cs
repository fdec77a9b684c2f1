namespace PageCleaner.Language;

/// <summary>
/// Scripts that name their language by themselves, used when no trained profile is written in the script: a text in
/// Hangul is Korean, in Thai script Thai. Han and kana are handled apart (Chinese or Japanese, and which Chinese).
/// </summary>
internal static class ScriptLanguages
{
    public static string? LanguageOf(UnicodeScript script) => script switch
    {
        UnicodeScript.Greek => "el",
        UnicodeScript.Hebrew => "he",
        UnicodeScript.Devanagari => "hi",
        UnicodeScript.Bengali => "bn",
        UnicodeScript.Thai => "th",
        UnicodeScript.Hangul => "ko",
        UnicodeScript.Armenian => "hy",
        UnicodeScript.Georgian => "ka",
        UnicodeScript.Tamil => "ta",
        UnicodeScript.Telugu => "te",
        UnicodeScript.Kannada => "kn",
        UnicodeScript.Malayalam => "ml",
        UnicodeScript.Gujarati => "gu",
        UnicodeScript.Gurmukhi => "pa",
        UnicodeScript.Oriya => "or",
        UnicodeScript.Sinhala => "si",
        UnicodeScript.Lao => "lo",
        UnicodeScript.Khmer => "km",
        UnicodeScript.Myanmar => "my",
        UnicodeScript.Ethiopic => "am",
        UnicodeScript.Tibetan => "bo",
        UnicodeScript.Thaana => "dv",
        UnicodeScript.Syriac => "syr",
        UnicodeScript.Mongolian => "mn",
        _ => null,
    };

    /// <summary>Every code <see cref="LanguageOf"/> can return, plus the Han and kana ones.</summary>
    public static IEnumerable<string> All()
    {
        foreach (UnicodeScript s in Enum.GetValues<UnicodeScript>())
        {
            if (LanguageOf(s) is { } code) yield return code;
        }
        yield return LanguageCodes.Japanese;
        yield return LanguageCodes.ChineseSimplified;
        yield return LanguageCodes.ChineseTraditional;
        yield return LanguageCodes.Chinese;
    }
}
