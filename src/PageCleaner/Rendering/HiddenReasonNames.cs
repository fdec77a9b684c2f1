namespace PageCleaner.Rendering;

/// <summary>The names <see cref="HiddenReasons"/> flags have in JSON output, in flag order.</summary>
public static class HiddenReasonNames
{
    private static readonly (HiddenReasons Flag, string Name)[] Names =
    [
        (HiddenReasons.DisplayNone, "display-none"),
        (HiddenReasons.VisibilityHidden, "visibility-hidden"),
        (HiddenReasons.Transparent, "transparent"),
        (HiddenReasons.TinyBox, "tiny-box"),
        (HiddenReasons.OffScreen, "off-screen"),
        (HiddenReasons.Clipped, "clipped"),
        (HiddenReasons.HiddenAttribute, "hidden-attribute"),
        (HiddenReasons.AriaHidden, "aria-hidden"),
        (HiddenReasons.StyleSheet, "style-sheet"),
        (HiddenReasons.Marquee, "marquee"),
        (HiddenReasons.AfterHtml, "after-html"),
    ];

    /// <summary>Every flag set in <paramref name="reasons"/>, by name; empty for visible text.</summary>
    public static IReadOnlyList<string> Of(HiddenReasons reasons)
    {
        var names = new List<string>();
        foreach (var (flag, name) in Names)
        {
            if ((reasons & flag) != 0) names.Add(name);
        }
        return names;
    }
}
