using PageCleaner.Markup;

namespace PageCleaner.Rendering;

/// <summary>
/// Where parsed nodes sit in the text the parser was given. The parser records every position; each is checked
/// against that text, and a node whose position cannot be confirmed gets -1 and is left untouched, rather than
/// edited in the wrong place.
/// </summary>
internal static class SourcePositions
{
    /// <summary>Just past the element's name in its start tag (<c>&lt;div|</c>), where an attribute can go; -1 if the element has no start tag there.</summary>
    public static int AfterName(string source, MarkupNode element)
    {
        if (element.Kind != MarkupNodeKind.Element || element.Name.Length == 0) return -1;
        int at = element.Start;
        int end = at + 1 + element.Name.Length;
        if (at < 0 || end > source.Length || source[at] != '<') return -1;
        if (end < source.Length && !IsNameEnd(source[end])) return -1;
        return end;
    }

    /// <summary>Just past the <c>&gt;</c> that ends the element's start tag; -1 if unknown.</summary>
    public static int AfterStartTag(string source, MarkupNode element)
    {
        if (AfterName(source, element) < 0) return -1;
        int end = element.StartTagEnd;
        return end > 0 && end <= source.Length && source[end - 1] == '>' ? end : -1;
    }

    /// <summary>Just past the element's end tag, or past its last content when the end tag is implied; -1 if unknown.</summary>
    public static int AfterElement(string source, MarkupNode element)
    {
        int reached = -1;
        MarkupNode? current = element;
        // Without an end tag of its own, an element reaches to the end of its last descendant: follow the last children down.
        while (current is not null)
        {
            int endTag = AfterEndTag(source, current);
            if (endTag >= 0) return Math.Max(reached, endTag);
            int startTag = AfterStartTag(source, current);
            if (startTag < 0) return -1;
            reached = Math.Max(reached, startTag);
            MarkupNode? last = current.LastChild;
            current = null;
            for (; last is not null; last = last.PreviousSibling)
            {
                if (last.Kind == MarkupNodeKind.Element)
                {
                    current = last;
                    break;
                }
                int textEnd = AfterText(source, last);
                if (textEnd >= 0) return Math.Max(reached, textEnd);
            }
        }
        return reached;
    }

    private static int AfterEndTag(string source, MarkupNode element)
    {
        int at = element.EndTagStart, end = element.EndTagEnd;
        if (at <= element.Start || end > source.Length || source[at] != '<') return -1;
        return end;
    }

    /// <summary>Just past a text or comment node, when the source holds it at its position; else -1.</summary>
    public static int AfterText(string source, MarkupNode node)
    {
        if (node.Kind is not (MarkupNodeKind.Text or MarkupNodeKind.Comment) || !ReferenceEquals(source, node.Document.Source)) return -1;
        return node.End;
    }

    /// <summary>An attribute from its name to the end of its value (closing quote included); (-1, -1) if unknown.</summary>
    public static (int Start, int End) AttributeRange(string source, MarkupAttribute attribute)
    {
        int start = attribute.NameStart, end = attribute.End;
        return start < 0 || end > source.Length || end < start ? (-1, -1) : (start, end);
    }

    private static bool IsNameEnd(char c) => char.IsWhiteSpace(c) || c is '>' or '/';
}
