using static PageCleaner.Features.Extractors.FeatureMath;

namespace PageCleaner.Features.Extractors;

/// <summary>
/// How the page hides the block, one flag per reason. No page-wide count: real pages hide many menus and dialogs, the
/// generated training pages hide mostly spam, and a page-wide count lets the model tell the two kinds of page apart
/// instead of learning what hidden spam looks like.
/// </summary>
internal sealed class HiddenReasonFeatures : IFeatureExtractor
{
    private static readonly (string Name, HiddenReasons Reason, string Meaning)[] Reasons =
    [
        ("display_none", HiddenReasons.DisplayNone, "display:none"),
        ("visibility", HiddenReasons.VisibilityHidden, "visibility:hidden or collapse"),
        ("transparent", HiddenReasons.Transparent, "zero or 1px font size, zero opacity, transparent colour or scale(0)"),
        ("tiny_box", HiddenReasons.TinyBox, "a 0/1px box with overflow hidden"),
        ("off_screen", HiddenReasons.OffScreen, "large negative (or huge) offsets, margins or text-indent"),
        ("clipped", HiddenReasons.Clipped, "an empty clip rectangle or clip-path"),
        ("attribute", HiddenReasons.HiddenAttribute, "the hidden attribute"),
        ("aria", HiddenReasons.AriaHidden, "aria-hidden=\"true\""),
        ("stylesheet", HiddenReasons.StyleSheet, "a rule in the page's own <style> element"),
        ("marquee", HiddenReasons.Marquee, "being inside <marquee>"),
        ("after_html", HiddenReasons.AfterHtml, "coming after </html>"),
    ];

    public IReadOnlyList<FeatureDefinition> Features { get; } =
    [
        .. Reasons.Select(r => new FeatureDefinition($"hide.{r.Name}", $"1 when the block is hidden by {r.Meaning}")),
    ];

    public void Extract(PageAnalysis page, int block, Span<float> row)
    {
        HiddenReasons reasons = page.Blocks[block].HiddenReasons;
        for (int i = 0; i < Reasons.Length; i++) row[i] = Flag((reasons & Reasons[i].Reason) != 0);
    }
}
