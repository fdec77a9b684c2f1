using PageCleaner.Segmentation;
using static PageCleaner.Features.Extractors.FeatureMath;

namespace PageCleaner.Features.Extractors;

/// <summary>The text around the block in the DOM: its container, the container above, and the page's best container.</summary>
internal sealed class ContainerFeatures : IFeatureExtractor
{
    public IReadOnlyList<FeatureDefinition> Features { get; } =
    [
        new("box.page_share", "share of the page's characters inside the block's container (its parent for paragraph-like blocks)"),
        new("box.link_density", "share of the container's characters inside links"),
        new("box.log_blocks", "log(1 + blocks in the container)"),
        new("box.log_mean_block_chars", "log(1 + mean characters per block in the container)"),
        new("box.block_share", "share of the container's characters in this block"),
        new("outer.page_share", "share of the page's characters inside the container's parent"),
        new("outer.link_density", "share of the container parent's characters inside links"),
        new("outer.log_blocks", "log(1 + blocks in the container's parent)"),
        new("best.inside", "1 when the block lies inside the page's best container (most paragraph-like text, readability-style scoring)"),
        new("best.score_ratio", "the container's paragraph score divided by the best container's"),
        new("best.page_share", "share of the page's characters inside the best container"),
        new("best.is_container", "1 when the block's container is the best container itself"),
    ];

    public void Extract(PageAnalysis page, int block, Span<float> row)
    {
        ElementNode? box = page.Containers[block];
        if (box is null) return;
        int total = page.TotalChars;
        row[0] = Ratio(box.TextChars, total);
        row[1] = Ratio(box.LinkChars, box.TextChars);
        row[2] = Log(box.BlockCount);
        row[3] = Log(box.BlockCount == 0 ? 0 : box.TextChars / box.BlockCount);
        row[4] = Ratio(page.Stats[block].Chars, box.TextChars);
        if (box.Parent is ElementNode outer)
        {
            row[5] = Ratio(outer.TextChars, total);
            row[6] = Ratio(outer.LinkChars, outer.TextChars);
            row[7] = Log(outer.BlockCount);
        }
        ElementNode? best = page.BestContainer;
        if (best is null) return;
        ElementNode element = page.Blocks[block].Element ?? box;
        row[8] = Flag(element.IsWithin(best));
        row[9] = best.ContentScore <= 0 ? 0 : Math.Min(1f, box.ContentScore / best.ContentScore);
        row[10] = Ratio(best.TextChars, total);
        row[11] = Flag(ReferenceEquals(box, best));
    }
}
