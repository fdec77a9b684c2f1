using PageCleaner.Features.Spam;
using static PageCleaner.Features.Extractors.FeatureMath;

namespace PageCleaner.Features.Extractors;

/// <summary>Spam vocabulary in the block, its neighbours and the page (our curated multilingual list, <see cref="SpamTerms"/>).</summary>
internal sealed class SpamVocabularyFeatures : IFeatureExtractor
{
    private static readonly string[] CategoryNames = ["gambling", "porn", "pharma", "loan", "counterfeit", "seo"];

    public IReadOnlyList<FeatureDefinition> Features { get; } =
    [
        .. CategoryNames.Select(c => new FeatureDefinition($"vocab.{c}", $"log(1 + {c} spam terms in the block's first 4000 characters)")),
        new("vocab.categories", "number of spam categories with at least one term in the block"),
        new("vocab.density", "share of the block's searched characters covered by spam terms"),
        new("vocab.per_token", "spam terms per token of the block (capped at 1)"),
        new("vocab.neighbours", "log(1 + spam terms in the previous and next block)"),
        new("vocab.page_block_share", "share of the page's blocks with at least one spam term"),
        new("vocab.page_log_hits", "log(1 + spam terms on the whole page)"),
    ];

    public void Extract(PageAnalysis page, int block, Span<float> row)
    {
        SpamVocabularyHits v = page.Vocabulary[block];
        int n = CategoryNames.Length;
        for (int c = 0; c < n; c++) row[c] = Log(v.Hits[c]);
        int total = v.Total;
        row[n] = v.Categories;
        row[n + 1] = Math.Min(1f, Ratio(v.MatchedChars, v.ScannedChars));
        row[n + 2] = Math.Min(1f, Ratio(total, page.Stats[block].Tokens));
        int around = (block > 0 ? page.Vocabulary[block - 1].Total : 0) + (block + 1 < page.Blocks.Count ? page.Vocabulary[block + 1].Total : 0);
        row[n + 3] = Log(around);
        row[n + 4] = Ratio(page.VocabularyBlocks, page.Blocks.Count);
        row[n + 5] = Log(page.VocabularyHits);
    }
}
