namespace PageCleaner.Language;

/// <summary>The language of a text as <see cref="NgramLanguageIdentifier"/> found it.</summary>
/// <param name="Language">A language code (en, pt, zh-hans), or <c>und</c> when the text is too short or unclear.</param>
/// <param name="Confidence">0 to 1: the share of the text's letters in the deciding script, times how clearly the
/// n-gram profiles (or the Chinese variant characters) separate the winner from the runner-up. 0 for <c>und</c>.</param>
/// <param name="Script">The text's main script (<see cref="UnicodeScript.Unknown"/> when it has no letters).</param>
/// <param name="Letters">Letters counted (all scripts).</param>
/// <param name="Evidence">Letters with each Han, kana and Hangul character counted twice (one carries about as much
/// as two alphabetic letters); the length thresholds apply to this number.</param>
/// <param name="Chinese">For Han text, the Simplified and Traditional character counts; default otherwise.</param>
public readonly record struct LanguageGuess(
    string Language,
    double Confidence,
    UnicodeScript Script,
    int Letters,
    int Evidence,
    ChineseVariantEvidence Chinese)
{
    /// <summary>Whether no language was named (<c>und</c>).</summary>
    public bool IsUndetermined => Language == LanguageCodes.Undetermined;
}
