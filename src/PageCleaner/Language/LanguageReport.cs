namespace PageCleaner.Language;

/// <summary>
/// The language of each block of a page, the page's language, and the blocks that do not fit. The page language is
/// the one with the most letters over all blocks (<see cref="LanguageGuess.Evidence"/>), Chinese variants pooled:
/// when Chinese wins, its variant comes from the Simplified and Traditional character counts of all Chinese blocks.
/// </summary>
public sealed class LanguageReport
{
    private LanguageReport(string pageLanguage, double pageShare, ChineseVariantEvidence pageChinese, IReadOnlyList<BlockLanguage> blocks)
    {
        PageLanguage = pageLanguage;
        PageShare = pageShare;
        PageChinese = pageChinese;
        Blocks = blocks;
    }

    /// <summary>The page's language code; <c>und</c> when no block has a language.</summary>
    public string PageLanguage { get; }

    /// <summary>The share (0 to 1) of all the page's letters that are in blocks agreeing with the page language (for
    /// Chinese: the same variant, or a block whose variant is unknown).</summary>
    public double PageShare { get; }

    /// <summary>The pooled variant counts of the page's Chinese blocks (default when the page is not Chinese).</summary>
    public ChineseVariantEvidence PageChinese { get; }

    /// <summary>One entry per block, in the order given.</summary>
    public IReadOnlyList<BlockLanguage> Blocks { get; }

    /// <summary>Identifies every block and the page.</summary>
    /// <param name="blockTexts">The text of each block, in page order.</param>
    /// <param name="identifier">The identifier; <see cref="NgramLanguageIdentifier.Default"/> when null.</param>
    /// <param name="options">Mismatch thresholds; <see cref="LanguageReportOptions.Default"/> when null.</param>
    public static LanguageReport Analyze(IReadOnlyList<string> blockTexts, NgramLanguageIdentifier? identifier = null, LanguageReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(blockTexts);
        identifier ??= NgramLanguageIdentifier.Default;
        options ??= LanguageReportOptions.Default;

        var guesses = new LanguageGuess[blockTexts.Count];
        var weights = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        int simplified = 0, traditional = 0, han = 0;
        for (int i = 0; i < guesses.Length; i++)
        {
            LanguageGuess g = identifier.Identify(blockTexts[i]);
            guesses[i] = g;
            total += g.Evidence;
            if (g.IsUndetermined) continue;
            string family = Family(g.Language);
            weights[family] = weights.GetValueOrDefault(family) + g.Evidence;
            if (family == LanguageCodes.Chinese)
            {
                simplified += g.Chinese.SimplifiedChars;
                traditional += g.Chinese.TraditionalChars;
                han += g.Chinese.HanChars;
            }
        }

        string page = LanguageCodes.Undetermined;
        long best = 0; // the winning family's letters
        foreach (var (family, weight) in weights)
        {
            if (weight > best || (weight == best && string.CompareOrdinal(family, page) < 0))
            {
                best = weight;
                page = family;
            }
        }
        ChineseVariantEvidence pageChinese = default;
        if (page == LanguageCodes.Chinese)
        {
            pageChinese = ChineseVariantClassifier.Decide(simplified, traditional, han);
            page = CodeOf(pageChinese.Variant);
        }

        var blocks = new BlockLanguage[guesses.Length];
        long agreeing = 0;
        for (int i = 0; i < guesses.Length; i++)
        {
            blocks[i] = new BlockLanguage(guesses[i], IsMismatch(guesses[i], page, options));
            if (Agrees(guesses[i].Language, page)) agreeing += guesses[i].Evidence;
        }
        return new LanguageReport(page, total == 0 ? 0 : (double)agreeing / total, pageChinese, blocks);
    }

    private static bool IsMismatch(LanguageGuess block, string page, LanguageReportOptions options)
    {
        if (page == LanguageCodes.Undetermined || block.IsUndetermined) return false;
        if (block.Evidence < options.MinEvidence || block.Confidence < options.MinConfidence) return false;
        if (Family(block.Language) != Family(page)) return true;
        // Both Chinese: a mismatch only when both variants are known, they differ, and the block shows enough of its own.
        return page != LanguageCodes.Chinese && block.Language != LanguageCodes.Chinese && block.Language != page
            && block.Chinese.SimplifiedChars + block.Chinese.TraditionalChars >= options.MinVariantChars;
    }

    private static bool Agrees(string block, string page) =>
        block != LanguageCodes.Undetermined
        && (block == page || (LanguageCodes.IsChinese(block) && LanguageCodes.IsChinese(page) && (block == LanguageCodes.Chinese || page == LanguageCodes.Chinese)));

    private static string Family(string code) => LanguageCodes.IsChinese(code) ? LanguageCodes.Chinese : code;

    private static string CodeOf(ChineseVariant variant) => variant switch
    {
        ChineseVariant.Simplified => LanguageCodes.ChineseSimplified,
        ChineseVariant.Traditional => LanguageCodes.ChineseTraditional,
        _ => LanguageCodes.Chinese,
    };
}
