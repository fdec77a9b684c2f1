using PageCleaner.CorpusGenerator.Randomness;

namespace PageCleaner.CorpusGenerator.Markup;

/// <summary>
/// One concrete way a spam block is hidden: the attributes its wrapper carries, the rule a <c>&lt;style&gt;</c> element
/// in the head must hold (for <see cref="HidingMethod.CssClass"/>), and whether a scraper that drops hidden text drops it.
/// </summary>
internal sealed record Hiding(HidingMethod Method, string Attributes, string? StyleRule, bool OffScreen)
{
    public static readonly Hiding None = new(HidingMethod.Visible, "", null, false);

    public static string Name(HidingMethod method) => method switch
    {
        HidingMethod.Visible => "visible",
        HidingMethod.DisplayNone => "display-none",
        HidingMethod.VisibilityHidden => "visibility-hidden",
        HidingMethod.FontSizeZero => "font-size-0",
        HidingMethod.OpacityZero => "opacity-0",
        HidingMethod.OnePixelBox => "1px-box",
        HidingMethod.OffscreenLeft => "offscreen-left",
        HidingMethod.TextIndent => "text-indent",
        HidingMethod.ClipRect => "clip-rect",
        HidingMethod.HiddenAttribute => "hidden-attribute",
        HidingMethod.AriaHidden => "aria-hidden",
        HidingMethod.Marquee => "marquee",
        _ => "css-class",
    };

    /// <summary>Spells the method out with some of the variation real pages show (spacing, case, extra properties).</summary>
    public static Hiding Create(HidingMethod method, Rng rng)
    {
        string Style(params string[] declarations)
        {
            string sep = rng.Chance(0.3) ? "; " : ";";
            string colon = rng.Chance(0.3) ? ": " : ":";
            var parts = new List<string>();
            foreach (string d in declarations) parts.Add(d.Replace(":", colon, StringComparison.Ordinal));
            string style = string.Join(sep, parts) + (rng.Chance(0.5) ? ";" : "");
            if (rng.Chance(0.1)) style = style.ToUpperInvariant();
            return $"style=\"{style}\"";
        }

        switch (method)
        {
            case HidingMethod.Visible:
                return None;
            case HidingMethod.DisplayNone:
                return new(method, Style("display:none"), null, true);
            case HidingMethod.VisibilityHidden:
                return new(method, rng.Chance(0.5) ? Style("visibility:hidden") : Style("visibility:hidden", "height:0"), null, true);
            case HidingMethod.FontSizeZero:
                return new(method, rng.Chance(0.5) ? Style("font-size:0") : Style("font-size:0px", "line-height:0", "color:#fff"), null, true);
            case HidingMethod.OpacityZero:
                return new(method, Style("opacity:0", rng.Chance(0.5) ? "height:1px" : "filter:alpha(opacity=0)"), null, true);
            case HidingMethod.OnePixelBox:
                return new(method, Style(rng.Chance(0.5) ? "width:1px" : "width:0", "height:1px", "overflow:hidden"), null, true);
            case HidingMethod.OffscreenLeft:
                return new(method, Style("position:absolute", $"left:-{rng.Pick(Offsets)}px", $"top:-{rng.Pick(Offsets)}px"), null, true);
            case HidingMethod.TextIndent:
                return new(method, Style($"text-indent:-{rng.Pick(Offsets)}px", "overflow:hidden", "white-space:nowrap"), null, true);
            case HidingMethod.ClipRect:
                return new(method, Style("position:absolute", rng.Chance(0.5) ? "clip:rect(0,0,0,0)" : "clip:rect(1px,1px,1px,1px)", "width:1px", "height:1px", "overflow:hidden"), null, true);
            case HidingMethod.HiddenAttribute:
                return new(method, rng.Chance(0.5) ? "hidden" : "hidden=\"hidden\"", null, true);
            case HidingMethod.AriaHidden:
                // On screen it stays visible, but scrapers that skip hidden text skip it too.
                return new(method, "aria-hidden=\"true\"", null, true);
            case HidingMethod.Marquee:
                return new(method, "", null, false);
            default:
                string cls = rng.Token(1, "abcdefghijklmnopqrstuvwxyz") + rng.Token(rng.Between(3, 7));
                // Plain class rules, descendant chains, tag-qualified lists, @media screen blocks and comments, as
                // hacked templates write them.
                string rule = rng.Next(8) switch
                {
                    0 => $".{cls}{{display:none}}",
                    1 => $".{cls}{{position:absolute;left:-{rng.Pick(Offsets)}px;top:0}}",
                    2 => $".{cls}{{height:0;overflow:hidden}}",
                    3 => $"body .{cls}{{display:none !important}}",
                    4 => $"@media screen{{.{cls}{{font-size:0;line-height:0}}}}",
                    5 => $"/* {rng.Token(4, "abcdefghijklmnopqrstuvwxyz")} */ div.{cls}, p.{cls}, section.{cls}, span.{cls}, font.{cls} {{opacity:0;height:1px}}",
                    6 => $".{cls}{{position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden}}",
                    _ => $".{cls} {{ visibility: hidden; height: 0; }}",
                };
                return new(method, $"class=\"{cls}\"", rule, true);
        }
    }

    private static readonly string[] Offsets = ["9999", "10000", "5000", "3000", "99999", "8888"];
}
