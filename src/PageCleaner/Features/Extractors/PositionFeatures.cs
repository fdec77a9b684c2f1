using static PageCleaner.Features.Extractors.FeatureMath;

namespace PageCleaner.Features.Extractors;

/// <summary>Where the block stands in the page and how big the page is.</summary>
internal sealed class PositionFeatures : IFeatureExtractor
{
    public IReadOnlyList<FeatureDefinition> Features { get; } =
    [
        new("pos.block_fraction", "block index divided by the number of blocks (0 first, 1 last)"),
        new("pos.chars_before_fraction", "share of the page's characters that come before the block"),
        new("pos.offset_from_longest", "(index - index of the longest block) / number of blocks, signed"),
        new("pos.chars_vs_longest", "block characters divided by the longest block's"),
        new("page.log_blocks", "log(1 + blocks on the page)"),
        new("page.log_chars", "log(1 + characters on the page)"),
        new("page.is_text_dump", "1 when the page is a text dump rather than HTML"),
        new("page.title_overlap", "share of the block's character bigrams that occur in the page title (0 for blocks over 200 characters)"),
    ];

    public void Extract(PageAnalysis page, int block, Span<float> row)
    {
        int n = page.Blocks.Count;
        row[0] = n <= 1 ? 0 : block / (float)(n - 1);
        row[1] = Ratio(page.CharsBefore[block], page.TotalChars);
        row[2] = n == 0 ? 0 : (block - page.LongestBlock) / (float)n;
        row[3] = Ratio(page.Stats[block].Chars, page.MaxBlockChars);
        row[4] = Log(n);
        row[5] = Log(page.TotalChars);
        row[6] = Flag(page.IsTextDump);
        row[7] = page.Title.Score(page.Blocks[block].Text);
    }
}
