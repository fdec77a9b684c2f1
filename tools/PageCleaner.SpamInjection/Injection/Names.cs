namespace PageCleaner.SpamInjection.Injection;

/// <summary>The names methods and places go by in reports and on the command line.</summary>
internal static class Names
{
    /// <summary>A hiding method's short name, as CSS or HTML writes it where it can.</summary>
    public static string Of(HidingMethod method) => method switch
    {
        HidingMethod.DisplayNone => "display:none",
        HidingMethod.VisibilityHidden => "visibility:hidden",
        HidingMethod.FontSizeZero => "font-size:0",
        HidingMethod.OpacityZero => "opacity:0",
        HidingMethod.TinyBox => "0/1px box, overflow:hidden",
        HidingMethod.OffScreenAbsolute => "position:absolute off-screen",
        HidingMethod.OffScreenFixed => "position:fixed off-screen",
        HidingMethod.TextIndent => "text-indent:-9999px",
        HidingMethod.Clip => "clip:rect(0 0 0 0)",
        HidingMethod.HiddenAttribute => "hidden attribute",
        HidingMethod.AriaHidden => "aria-hidden=\"true\"",
        HidingMethod.StyleClass => "<style> class rule",
        HidingMethod.StyleId => "<style> id rule",
        HidingMethod.StyleTag => "<style> tag rule",
        HidingMethod.StyleDescendant => "<style> descendant rule",
        HidingMethod.Marquee => "<marquee>",
        HidingMethod.VisibleLinks => "visible link list",
        HidingMethod.KeywordLine => "plain keyword line",
        _ => method.ToString(),
    };

    /// <summary>A place's short name.</summary>
    public static string Of(Place place) => place switch
    {
        Place.InsideArticle => "inside article",
        Place.ArticleEnd => "article end",
        Place.PageEnd => "page end",
        Place.AfterHtml => "after </html>",
        _ => place.ToString(),
    };

    /// <summary>Escapes text for a Markdown table cell.</summary>
    public static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
