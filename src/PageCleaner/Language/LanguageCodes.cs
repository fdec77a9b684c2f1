namespace PageCleaner.Language;

/// <summary>Language codes: the shape we accept, and the codes with a meaning of their own.</summary>
public static class LanguageCodes
{
    /// <summary>Undetermined: too little text, or no clear answer.</summary>
    public const string Undetermined = "und";

    /// <summary>Chinese whose written standard could not be told.</summary>
    public const string Chinese = "zh";

    /// <summary>Chinese in simplified characters.</summary>
    public const string ChineseSimplified = "zh-hans";

    /// <summary>Chinese in traditional characters.</summary>
    public const string ChineseTraditional = "zh-hant";

    /// <summary>Japanese.</summary>
    public const string Japanese = "ja";

    /// <summary>Whether <paramref name="code"/> looks like a code we use: 2 or 3 lower-case ASCII letters, optionally
    /// followed by '-' and 2 to 8 lower-case letters or digits (zh-hant).</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> code)
    {
        int dash = code.IndexOf('-');
        ReadOnlySpan<char> primary = dash < 0 ? code : code[..dash];
        if (primary.Length is < 2 or > 3) return false;
        foreach (char c in primary)
        {
            if (c is < 'a' or > 'z') return false;
        }
        if (dash < 0) return true;
        ReadOnlySpan<char> sub = code[(dash + 1)..];
        if (sub.Length is < 2 or > 8) return false;
        foreach (char c in sub)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9'))) return false;
        }
        return true;
    }

    /// <summary>Whether a code names Chinese (zh, zh-hans, zh-hant).</summary>
    public static bool IsChinese(string code) => code is Chinese or ChineseSimplified or ChineseTraditional;
}
