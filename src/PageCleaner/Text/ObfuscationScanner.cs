namespace PageCleaner.Text;

/// <summary>
/// Looks for the marks content farms leave in republished text: pinyin annotations after Han characters, zero-width
/// characters inside words, and homoglyph swaps. Feed it the texts of a page's content blocks, then ask for the
/// report. A kind flags the page only when it is both repeated and dense, so that a textbook page with a few pinyin
/// glosses, a Russian page naming Latin brands, or a page with emoji sequences is not flagged. Linear time.
/// </summary>
/// <example>
/// <code>
/// var scanner = new ObfuscationScanner();
/// scanner.Add("星際之門(mén)項(xiàng)目");
/// ObfuscationReport report = scanner.Report();
/// </code>
/// </example>
public sealed class ObfuscationScanner
{
    /// <summary>Pinyin annotations needed before the pinyin kind can fire.</summary>
    public const int MinPinyinAnnotations = 6;

    /// <summary>Han characters per pinyin annotation at most (one annotation per 25 Han characters: 4%).</summary>
    public const int HanPerPinyinAnnotation = 25;

    /// <summary>Zero-width characters inside words needed before the zero-width kind can fire.</summary>
    public const int MinZeroWidth = 5;

    /// <summary>Letters per zero-width character at most.</summary>
    public const int LettersPerZeroWidth = 200;

    /// <summary>Homoglyph words needed before the homoglyph kind can fire.</summary>
    public const int MinHomoglyphs = 3;

    /// <summary>Latin, Cyrillic or Greek words per homoglyph word at most (1%).</summary>
    public const int WordsPerHomoglyph = 100;

    private ObfuscationCounts _counts;

    /// <summary>Scans one text (a block) and adds what it holds.</summary>
    public void Add(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ObfuscationMarks.Scan(text, ref _counts, null);
    }

    /// <summary>The counts so far and the kinds they flag.</summary>
    public ObfuscationReport Report()
    {
        ObfuscationKinds kinds = ObfuscationKinds.None;
        if (_counts.Pinyin >= MinPinyinAnnotations && (long)_counts.Pinyin * HanPerPinyinAnnotation >= _counts.HanCharacters)
            kinds |= ObfuscationKinds.Pinyin;
        if (_counts.ZeroWidth >= MinZeroWidth && (long)_counts.ZeroWidth * LettersPerZeroWidth >= _counts.Letters)
            kinds |= ObfuscationKinds.ZeroWidth;
        if (_counts.Homoglyphs >= MinHomoglyphs && (long)_counts.Homoglyphs * WordsPerHomoglyph >= _counts.AlphabeticWords)
            kinds |= ObfuscationKinds.Homoglyphs;
        return new ObfuscationReport(_counts.Pinyin, _counts.ZeroWidth, _counts.Homoglyphs, kinds);
    }

    /// <summary>The report for a set of texts (e.g. a page's content blocks) taken together.</summary>
    public static ObfuscationReport Scan(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var scanner = new ObfuscationScanner();
        foreach (string text in texts) scanner.Add(text);
        return scanner.Report();
    }
}
