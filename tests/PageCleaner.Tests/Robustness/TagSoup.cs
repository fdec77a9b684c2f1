using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace PageCleaner.Tests.Robustness;

/// <summary>
/// Random tag soup aimed at the corners of HTML tokenizing: unclosed and stray tags, tags that close their parents,
/// void and raw-text elements, quotes in odd places, tags cut short by other tags, comments, server code, case.
/// </summary>
internal static class TagSoup
{
    private static readonly string[] Names =
    [
        "div", "span", "b", "p", "li", "ul", "ol", "td", "tr", "th", "table", "tbody", "thead", "tfoot", "caption", "colgroup",
        "form", "a", "option", "select", "dt", "dd", "dl", "h1", "h2", "h6", "font", "track", "xmp", "plaintext", "textarea",
        "title", "script", "style", "noxhtml", "noscript", "iframe", "template", "svg", "head", "body", "html", "section",
        "article", "nav", "pre", "blockquote", "br", "img", "hr", "frame", "input", "x", "é", "h",
    ];

    // {0} is a tag name.
    private static readonly string[] Shapes =
    [
        "<{0}>", "<{0}>", "<{0}>", "</{0}>", "</{0}>", "<{0}/>", "<{0} />", "<{0} a=\"v\">", "<{0} a='v'>", "<{0} a=b\">",
        "<{0} a=\"x>y\">", "<{0} \"a\">", "<{0} a=\">", "</{0} >", "</{0} x>", "<{0}_a>", "</{0}_a>", "<{0}\n>", "<{0}-x>",
        "<{0} a=b/>", "<{0} a='x\"y'>", "<{0}a>", "</{0}/>", "</ {0}>", "<{0} ", "</{0}", "<{0} a", "<{0} =\"<p>\">",
    ];

    private static readonly string[] Loose =
    [
        "x", "text ", "<!-- ", "-->", "<!-->", "<!x>", "<?x>", "<![CDATA[", "]]>", "<", ">", "\"", "'", "</", "<%", "%>", "<%>",
        "<!DOCTYPE html>", "&lt;", "\n", "</>", "<>", "<!--x-->", "--!>", "\0", "\uD800",
    ];

    private static Gen<string> Piece { get; } = Gen.Frequency(
        (1, Gen.Elements(Loose)),
        (4, from name in Gen.Elements(Names)
            from shape in Gen.Elements(Shapes)
            from upper in Gen.Elements(false, false, false, true)
            select string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, upper ? name.ToUpperInvariant() : name)));

    /// <summary>Soups of up to about 120 pieces.</summary>
    public static Gen<string> Html { get; } = Gen.Sized(size => Gen.ListOf(Piece).Resize(Math.Min(size, 120)))
        .Select(pieces =>
        {
            var sb = new StringBuilder();
            foreach (string piece in pieces) sb.Append(piece);
            return sb.ToString();
        });

    public static Arbitrary<string> Arbitrary() => Html.ToArbitrary();
}
