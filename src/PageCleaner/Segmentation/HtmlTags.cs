using System.Collections.Frozen;

namespace PageCleaner.Segmentation;

/// <summary>The element names segmentation treats specially.</summary>
internal static class HtmlTags
{
    /// <summary>Elements whose start and end cut the text into separate blocks.</summary>
    public static readonly FrozenSet<string> BlockLevel = FrozenSet.ToFrozenSet(
    [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "html", "legend", "li", "main", "marquee", "menu", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "option", "button",
    ], StringComparer.Ordinal);

    /// <summary>Elements whose content never becomes text.</summary>
    public static readonly FrozenSet<string> Skipped = FrozenSet.ToFrozenSet(
    [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "select",
        "datalist", "textarea", "audio", "video", "map", "noframes",
    ], StringComparer.Ordinal);

    /// <summary>Elements whose block is the paragraph itself rather than a container of paragraphs.</summary>
    public static readonly FrozenSet<string> ParagraphLike = FrozenSet.ToFrozenSet(
    [
        "p", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "td", "th", "caption",
        "figcaption", "summary", "legend", "option", "button",
    ], StringComparer.Ordinal);

    public static TagKind KindOf(string name) => name switch
    {
        "a" => TagKind.Anchor,
        "nav" or "menu" => TagKind.Nav,
        "header" => TagKind.Header,
        "footer" => TagKind.Footer,
        "aside" => TagKind.Aside,
        "form" or "fieldset" or "legend" => TagKind.Form,
        "article" => TagKind.Article,
        "main" => TagKind.Main,
        "ul" or "ol" or "dl" or "dir" => TagKind.List,
        "li" or "dt" or "dd" => TagKind.ListItem,
        "table" or "tbody" or "thead" or "tfoot" or "tr" or "td" or "th" or "caption" => TagKind.Table,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "hgroup" => TagKind.Heading,
        "button" or "label" or "input" or "option" or "select" => TagKind.Control,
        "blockquote" or "q" => TagKind.Quote,
        "pre" or "code" or "kbd" or "samp" => TagKind.Code,
        "figure" or "figcaption" => TagKind.Figure,
        "p" => TagKind.Paragraph,
        "section" => TagKind.Section,
        "address" => TagKind.Address,
        "marquee" => TagKind.Marquee,
        _ => TagKind.None,
    };

    /// <summary>1 to 6 for h1 to h6, else 0.</summary>
    public static int HeadingLevel(string name) =>
        name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6' ? name[1] - '0' : 0;
}
