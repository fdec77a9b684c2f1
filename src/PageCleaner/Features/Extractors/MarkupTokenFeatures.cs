using PageCleaner.Segmentation;
using static PageCleaner.Features.Extractors.FeatureMath;

namespace PageCleaner.Features.Extractors;

/// <summary>What the class and id names of the block's element, its ancestors and its inline wrappers say.</summary>
internal sealed class MarkupTokenFeatures : IFeatureExtractor
{
    private static readonly MarkupTokenCategory[] Categories = Enum.GetValues<MarkupTokenCategory>();

    public MarkupTokenFeatures()
    {
        var list = new List<FeatureDefinition>();
        foreach (MarkupTokenCategory c in Categories)
        {
            string name = c.ToString().ToLowerInvariant();
            list.Add(new($"attr.{name}.nearness", $"1/(1 + levels up to the nearest block-level element whose class or id says '{name}'), 0 when none"));
        }
        foreach (MarkupTokenCategory c in Categories)
        {
            string name = c.ToString().ToLowerInvariant();
            list.Add(new($"attr.{name}.inline", $"1 when an inline element (span, a, em, ...) holding the text has a class or id saying '{name}'"));
        }
        Features = list;
    }

    public IReadOnlyList<FeatureDefinition> Features { get; }

    public void Extract(PageAnalysis page, int block, Span<float> row)
    {
        Block b = page.Blocks[block];
        for (int i = 0; i < Categories.Length; i++)
        {
            row[i] = b.Element is null ? 0 : Nearness(b.Element.CategoryDistance(Categories[i]));
            row[Categories.Length + i] = Flag((b.InlineTokenFlags & (1 << (int)Categories[i])) != 0);
        }
    }
}
