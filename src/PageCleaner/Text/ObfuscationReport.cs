namespace PageCleaner.Text;

/// <summary>
/// The content-farm marks found in a page's content blocks, and which kinds are frequent enough to flag the page.
/// </summary>
/// <param name="PinyinAnnotations">Single pinyin syllables written right after a Han character (<c>門(mén)</c>).</param>
/// <param name="ZeroWidth">Zero-width characters inside words (emoji sequences and joining scripts excluded).</param>
/// <param name="Homoglyphs">Words mixing Latin with Cyrillic or Greek letters that look the same.</param>
/// <param name="Kinds">The kinds frequent enough to flag the page (<see cref="ObfuscationScanner"/> has the thresholds).</param>
public sealed record ObfuscationReport(int PinyinAnnotations, int ZeroWidth, int Homoglyphs, ObfuscationKinds Kinds)
{
    /// <summary>Nothing found.</summary>
    public static ObfuscationReport None { get; } = new(0, 0, 0, ObfuscationKinds.None);

    /// <summary>Whether any kind flags the page.</summary>
    public bool Obfuscated => Kinds != ObfuscationKinds.None;
}
