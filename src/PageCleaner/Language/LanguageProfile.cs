namespace PageCleaner.Language;

/// <summary>The most frequent character n-grams of one language, most frequent first (boundary written as a space).</summary>
/// <param name="Code">The language code (en, pt, sr).</param>
/// <param name="Script">The script the profile's text is written in; only texts in it are compared with it.</param>
/// <param name="Ngrams">The n-grams in rank order.</param>
internal sealed record LanguageProfile(string Code, UnicodeScript Script, IReadOnlyList<string> Ngrams);
