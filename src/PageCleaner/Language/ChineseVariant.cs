namespace PageCleaner.Language;

/// <summary>The written standard of a Chinese text.</summary>
public enum ChineseVariant
{
    /// <summary>Too few variant-specific characters to tell, or both kinds in similar numbers.</summary>
    Unknown = 0,

    /// <summary>Simplified characters (mainland China, Singapore).</summary>
    Simplified = 1,

    /// <summary>Traditional characters (Taiwan, Hong Kong, Macau).</summary>
    Traditional = 2,
}
