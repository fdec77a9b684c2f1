namespace PageCleaner.SpamInjection.Injection;

/// <summary>A page with one spam block injected, and what to look for in its clean text.</summary>
/// <param name="Text">The injected page (HTML or text dump).</param>
/// <param name="Phrases">The block's phrases; the block is removed when none of them is left.</param>
/// <param name="Method">How the block is hidden (or shown).</param>
/// <param name="Place">Where it went.</param>
/// <param name="Language">The language of its phrases.</param>
internal sealed record InjectedPage(string Text, IReadOnlyList<string> Phrases, HidingMethod Method, Place Place, string Language);
