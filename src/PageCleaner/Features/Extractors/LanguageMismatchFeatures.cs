using PageCleaner.Language;
using static PageCleaner.Features.Extractors.FeatureMath;

namespace PageCleaner.Features.Extractors;

/// <summary>Whether the block's language stands out from the page's (a Simplified-Chinese spam block in a Traditional page).</summary>
internal sealed class LanguageMismatchFeatures : IFeatureExtractor
{
    public IReadOnlyList<FeatureDefinition> Features { get; } =
    [
        new("lang.mismatch", "1 when the block (20+ characters, identified with confidence) is in another language, or the other Chinese variant, than the page"),
        new("lang.variant_mismatch", "1 when both block and page are Chinese and their variants (Simplified, Traditional) differ"),
        new("lang.block_confidence", "confidence of the block's language identification (0 when too short or unclear)"),
        new("lang.page_share", "share of the page's letters in blocks agreeing with the page language"),
        new("lang.page_mismatch_share", "share of the page's blocks that mismatch its language"),
    ];

    public void Extract(PageAnalysis page, int block, Span<float> row)
    {
        LanguageReport report = page.Languages;
        BlockLanguage b = report.Blocks[block];
        row[0] = Flag(b.Mismatch);
        string own = b.Language, pageLanguage = report.PageLanguage;
        row[1] = Flag(IsVariant(own) && IsVariant(pageLanguage) && own != pageLanguage);
        row[2] = (float)b.Guess.Confidence;
        row[3] = (float)report.PageShare;
        row[4] = Ratio(page.LanguageMismatches, report.Blocks.Count);
    }

    private static bool IsVariant(string code) => code == LanguageCodes.ChineseSimplified || code == LanguageCodes.ChineseTraditional;
}
