using static PageCleaner.Features.Extractors.FeatureMath;

namespace PageCleaner.Features.Extractors;

/// <summary>
/// Whether the block's text occurs elsewhere on the page. Menus shown twice, "Advertising" labels, "Read more" links and
/// teaser titles repeat; an article's sentences do not. Text dumps keep this signal when the markup is gone.
/// </summary>
internal sealed class RepetitionFeatures : IFeatureExtractor
{
    public IReadOnlyList<FeatureDefinition> Features { get; } =
    [
        new("repeat.log_copies", $"log(1 + other blocks of the page with exactly the same text), for blocks of up to {PageAnalysis.MaxRepeatedChars} characters"),
        new("repeat.page_share", "share of the page's blocks whose text occurs more than once on the page"),
    ];

    public void Extract(PageAnalysis page, int block, Span<float> row)
    {
        row[0] = Log(page.Copies[block]);
        row[1] = Ratio(page.RepeatedBlocks, page.Blocks.Count);
    }
}
