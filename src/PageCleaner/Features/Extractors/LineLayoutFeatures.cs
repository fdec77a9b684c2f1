using static PageCleaner.Features.Extractors.FeatureMath;

namespace PageCleaner.Features.Extractors;

/// <summary>Layout a text dump keeps of its page: indentation and blank lines.</summary>
internal sealed class LineLayoutFeatures : IFeatureExtractor
{
    public IReadOnlyList<FeatureDefinition> Features { get; } =
    [
        new("line.leading_spaces", "spaces or tabs before the text on its line, divided by 8 and capped at 1 (text dumps)"),
        new("line.blank_before", "1 when a blank line or the start of the file comes before (text dumps)"),
        new("line.blank_after", "1 when a blank line or the end of the file comes after (text dumps)"),
        new("line.indented_like_longest", "1 when the line is indented exactly like the longest line of the dump (text dumps)"),
    ];

    public void Extract(PageAnalysis page, int block, Span<float> row)
    {
        if (!page.IsTextDump) return;
        var b = page.Blocks[block];
        row[0] = Math.Min(1f, b.LeadingSpaces / 8f);
        row[1] = Flag(b.BlankBefore);
        row[2] = Flag(b.BlankAfter);
        row[3] = Flag(page.Blocks.Count > 0 && b.LeadingSpaces == page.Blocks[page.LongestBlock].LeadingSpaces);
    }
}
