namespace PageCleaner.Language;

/// <summary>The language of one block and whether it stands out from its page.</summary>
/// <param name="Guess">What the identifier found for the block's text.</param>
/// <param name="Mismatch">Whether the block is, with enough text to be sure, in another language than the page, or
/// in the other Chinese variant (a Simplified spam block in a Traditional page).</param>
public sealed record BlockLanguage(LanguageGuess Guess, bool Mismatch)
{
    /// <summary>The block's language code (<c>und</c> when unknown).</summary>
    public string Language => Guess.Language;
}
