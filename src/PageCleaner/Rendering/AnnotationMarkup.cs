namespace PageCleaner.Rendering;

/// <summary>
/// The markup the label command adds to a page: the label attribute, the head elements (charset, a content security
/// policy that lets nothing load or run, the colour stylesheet) and the legend. Everything added besides the labels
/// carries <see cref="UiAttribute"/>, so labeling an annotated page again replaces it instead of stacking it.
/// </summary>
internal static class AnnotationMarkup
{
    /// <summary>The attribute training reads (training-data/README.md, form 1).</summary>
    public const string LabelAttribute = "data-pc-label";

    /// <summary>Marks elements the page hides from readers, so the stylesheet can show them.</summary>
    public const string HiddenAttribute = "data-pc-hidden";

    /// <summary>Marks the elements added for display; they hold no text the cleaner reads.</summary>
    public const string UiAttribute = "data-pc-ui";

    public const string Colours = """
        [data-pc-label=content]{background-color:#d6efcf!important;color:#14300e!important;outline:1px solid #4f9a3f}
        [data-pc-label=boilerplate]{background-color:#e4e4e4!important;color:#505050!important;outline:1px solid #b0b0b0}
        [data-pc-label=spam]{background-color:#f8c4c0!important;color:#6d0a04!important;outline:2px solid #c9302c}
        [data-pc-label=spam],[data-pc-label=spam] *{display:revert!important;visibility:visible!important;opacity:1!important}
        html[data-pc-label],body[data-pc-label]{outline:none}
        [data-pc-hidden]{display:block!important;visibility:visible!important;opacity:1!important;position:static!important;width:auto!important;height:auto!important;max-width:none!important;max-height:none!important;overflow:visible!important;clip:auto!important;transform:none!important;text-indent:0!important;font-size:medium!important;margin:2px 0!important;outline:2px dashed #7b4fc4!important}
        svg[data-pc-ui]{position:fixed;top:8px;right:8px;z-index:2147483647;font:13px sans-serif}
        svg[data-pc-ui]:hover{opacity:.15}
        """;

    /// <summary>Goes first in the head: the file is written as UTF-8, nothing may run or be fetched, and the colours.</summary>
    public static readonly string Head =
        "<meta charset=\"utf-8\" " + UiAttribute + "=\"charset\">" +
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'\" " + UiAttribute + "=\"policy\">" +
        "<style " + UiAttribute + "=\"style\">\n" + Colours + "\n</style>";

    /// <summary>A key to the colours in the page's corner. SVG, which the cleaner never reads as text, so it adds no block.</summary>
    public static readonly string Legend =
        "<svg " + UiAttribute + "=\"legend\" xmlns=\"http://www.w3.org/2000/svg\" width=\"340\" height=\"28\" viewBox=\"0 0 340 28\">" +
        "<rect x=\"0.5\" y=\"0.5\" width=\"339\" height=\"27\" rx=\"4\" fill=\"#ffffff\" stroke=\"#808080\"></rect>" +
        Key(8, "fill=\"#d6efcf\" stroke=\"#4f9a3f\"", "content") +
        Key(92, "fill=\"#e4e4e4\" stroke=\"#b0b0b0\"", "boilerplate") +
        Key(196, "fill=\"#f8c4c0\" stroke=\"#c9302c\" stroke-width=\"2\"", "spam") +
        Key(262, "fill=\"#ffffff\" stroke=\"#7b4fc4\" stroke-width=\"2\" stroke-dasharray=\"3 2\"", "hidden") +
        "</svg>";

    private static string Key(int x, string paint, string name) =>
        $"<rect x=\"{x}\" y=\"7\" width=\"14\" height=\"14\" {paint}></rect><text x=\"{x + 19}\" y=\"19\" fill=\"#202020\">{name}</text>";
}
