namespace PageCleaner.SpamInjection.Spam;

/// <summary>One spam title or keyword run of our own.</summary>
/// <param name="Half">The half it belongs to.</param>
/// <param name="Language">Its language code (zh-hans, en, ...).</param>
/// <param name="Topic">gambling, porn, pharma, loans, counterfeit or seo.</param>
/// <param name="Text">The phrase as it is injected and looked for.</param>
internal sealed record SpamPhrase(SpamHalf Half, string Language, string Topic, string Text);
