namespace PageCleaner.Text;

/// <summary>The kinds of content-farm obfuscation a page can be flagged for.</summary>
[Flags]
public enum ObfuscationKinds
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>Pinyin annotations after Han characters, e.g. <c>門(mén)</c>.</summary>
    Pinyin = 1,

    /// <summary>Zero-width characters (and runs of soft hyphens) inside words.</summary>
    ZeroWidth = 2,

    /// <summary>Words mixing Latin with Cyrillic or Greek look-alike letters, e.g. <c>p&#x0430;ypal</c> with a Cyrillic а.</summary>
    Homoglyphs = 4,
}
