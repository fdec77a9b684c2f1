namespace PageCleaner.Language;

/// <summary>When <see cref="LanguageReport"/> calls a block's language a mismatch with the page's.</summary>
public sealed record LanguageReportOptions
{
    /// <summary>The defaults.</summary>
    public static LanguageReportOptions Default { get; } = new();

    /// <summary>Fewest letters (<see cref="LanguageGuess.Evidence"/>: Han, kana and Hangul count twice) a block needs
    /// before its language can be a mismatch: a short link or a name in another language proves nothing.</summary>
    public int MinEvidence { get; init; } = 30;

    /// <summary>Lowest block confidence for a mismatch (close languages such as Danish and Norwegian score low).</summary>
    public double MinConfidence { get; init; } = 0.3;

    /// <summary>Fewest variant-specific characters (Simplified plus Traditional) a Chinese block needs before its
    /// variant can differ from the page's.</summary>
    public int MinVariantChars { get; init; } = 3;
}
