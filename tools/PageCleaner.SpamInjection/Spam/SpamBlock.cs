namespace PageCleaner.SpamInjection.Spam;

/// <summary>The texts of one injected block: phrases in one language, each with the host its link points to.</summary>
/// <param name="Language">The phrases' language.</param>
/// <param name="Phrases">The titles or keyword runs, in the order they are written.</param>
/// <param name="Hosts">A random-looking host per phrase (used when the block is a link list).</param>
/// <param name="Heading">A short label some spammers put before the list (not looked for: it may stay).</param>
/// <param name="Half">The half the texts come from; it also picks the half's own markup variants.</param>
internal sealed record SpamBlock(string Language, IReadOnlyList<string> Phrases, IReadOnlyList<string> Hosts, string? Heading, SpamHalf Half = SpamHalf.Eval);
