using static PageCleaner.Features.Extractors.FeatureMath;

namespace PageCleaner.Features.Extractors;

/// <summary>Whether the block's language stands out from the page's (a Simplified-Chinese spam block in a Traditional page).</summary>
internal sealed class LanguageMismatchFeatures : IFeatureExtractor
{
    public IReadOnlyList<FeatureDefinition> Features { get; } =
    [
        new("lang.mismatch", "1 when the block (20+ characters) is in another script, language or Chinese variant than the page (see PageLanguages)"),
        new("lang.script_mismatch", "1 when the block's main script differs from the page's (Han and kana counted as one)"),
        new("lang.variant_mismatch", "1 when both block and page are Chinese and their variants (Simplified, Traditional) differ"),
        new("lang.page_mismatch_share", "share of the page's blocks whose language mismatches the page's"),
    ];

    public void Extract(PageAnalysis page, int block, Span<float> row)
    {
        PageLanguages languages = page.Languages;
        row[0] = Flag(languages.Mismatch[block]);
        row[1] = Flag(languages.ScriptMismatch[block]);
        row[2] = Flag(languages.VariantMismatch[block]);
        row[3] = Ratio(languages.MismatchCount, page.Blocks.Count);
    }
}
