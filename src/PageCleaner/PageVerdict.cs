namespace PageCleaner;

/// <summary>What the page as a whole contains.</summary>
/// <param name="Spam">Whether any block was labeled spam.</param>
/// <param name="SpamScore">The highest spam probability of any block (0 to 1).</param>
/// <param name="SpamBlocks">Indices of the blocks labeled spam.</param>
public sealed record PageVerdict(bool Spam, float SpamScore, IReadOnlyList<int> SpamBlocks);
