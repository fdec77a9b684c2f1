namespace PageCleaner.Text;

/// <summary>What an obfuscation mark is.</summary>
internal enum ObfuscationMarkKind
{
    /// <summary>A pinyin syllable after a Han character: <c>門(mén)</c>, <c>門mén</c>.</summary>
    Pinyin,

    /// <summary>An invisible character inside a word: zero-width space, joiner, non-joiner, word joiner, soft hyphens between single letters.</summary>
    ZeroWidth,

    /// <summary>A word mixing Latin with Cyrillic or Greek letters that look the same.</summary>
    Homoglyph,
}

/// <summary>Where a mark sits in the scanned text (UTF-16 offsets).</summary>
internal readonly record struct ObfuscationMark(int Start, int Length, ObfuscationMarkKind Kind);
