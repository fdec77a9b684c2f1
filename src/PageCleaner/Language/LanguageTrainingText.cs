namespace PageCleaner.Language;

/// <summary>A text to build one language's profile from.</summary>
/// <param name="Code">The language code.</param>
/// <param name="Text">The text.</param>
/// <param name="Source">Where it came from (a file name), for errors.</param>
internal sealed record LanguageTrainingText(string Code, string Text, string Source);
