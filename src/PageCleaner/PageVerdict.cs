using PageCleaner.Text;

namespace PageCleaner;

/// <summary>What the page as a whole contains.</summary>
/// <param name="Spam">Whether any block was labeled spam.</param>
/// <param name="SpamScore">The highest spam probability of any block that can carry spam (0 to 1): blocks without a
/// letter or digit, or without any mark of injected spam, are left out, as they are never labeled spam.</param>
/// <param name="SpamBlocks">Indices of the blocks labeled spam.</param>
public sealed record PageVerdict(bool Spam, float SpamScore, IReadOnlyList<int> SpamBlocks)
{
    /// <summary>
    /// The content-farm marks found in the content blocks (pinyin annotations, zero-width characters, homoglyphs) and
    /// the kinds that flag the page; <see cref="ObfuscationReport.None"/> unless the cleaner sets it.
    /// </summary>
    public ObfuscationReport Obfuscation { get; init; } = ObfuscationReport.None;

    /// <summary>Whether the content is obfuscated the way content farms republish articles (<see cref="Obfuscation"/> says how).</summary>
    public bool Obfuscated => Obfuscation.Obfuscated;
}
