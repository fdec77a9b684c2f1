using HtmlAgilityPack;

namespace PageCleaner.Rendering;

/// <summary>
/// Where parsed nodes sit in the text the parser was given. Every position is checked against that text: a node
/// whose position cannot be confirmed gets -1 and is left untouched, rather than edited in the wrong place.
/// </summary>
internal static class SourcePositions
{
    /// <summary>Just past the element's name in its start tag (<c>&lt;div|</c>), where an attribute can go; -1 if the element has no start tag there.</summary>
    public static int AfterName(string source, HtmlNode element)
    {
        int at = element.OuterStartIndex;
        string? name = element.OriginalName;
        if (name is null) return -1;
        int end = at + 1 + name.Length;
        if (at < 0 || end > source.Length || source[at] != '<') return -1;
        if (string.Compare(source, at + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) != 0) return -1;
        if (end < source.Length && !IsNameEnd(source[end])) return -1;
        return end;
    }

    /// <summary>Just past the <c>&gt;</c> that ends the element's start tag; -1 if unknown.</summary>
    public static int AfterStartTag(string source, HtmlNode element)
    {
        int from = AfterName(source, element);
        if (from < 0) return -1;
        foreach (HtmlAttribute attribute in element.Attributes)
        {
            var (_, end) = AttributeRange(source, attribute);
            if (end < 0) return -1;
            from = Math.Max(from, end);
        }
        int gt = source.IndexOf('>', from);
        return gt < 0 ? -1 : gt + 1;
    }

    /// <summary>Just past the element's end tag, or past its last content when the end tag is implied; -1 if unknown.</summary>
    public static int AfterElement(string source, HtmlNode element)
    {
        int reached = -1;
        HtmlNode? current = element;
        // Without an end tag of its own, an element reaches to the end of its last descendant: follow the last children down.
        while (current is not null)
        {
            int endTag = AfterEndTag(source, current);
            if (endTag >= 0) return Math.Max(reached, endTag);
            int startTag = AfterStartTag(source, current);
            if (startTag < 0) return -1;
            reached = Math.Max(reached, startTag);
            HtmlNode? last = current.LastChild;
            current = null;
            for (; last is not null; last = last.PreviousSibling)
            {
                if (last.NodeType == HtmlNodeType.Element)
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

    private static int AfterEndTag(string source, HtmlNode element)
    {
        HtmlNode? end = element.EndNode;
        if (end is null || ReferenceEquals(end, element)) return -1;
        int at = end.OuterStartIndex;
        if (at <= element.OuterStartIndex || at >= source.Length || source[at] != '<') return -1;
        int gt = source.IndexOf('>', at);
        return gt < 0 ? source.Length : gt + 1;
    }

    /// <summary>Just past a text or comment node, when the source holds exactly its text at its position; else -1.</summary>
    public static int AfterText(string source, HtmlNode node)
    {
        string text = node switch
        {
            HtmlTextNode t => t.Text,
            HtmlCommentNode c => c.Comment,
            _ => "",
        };
        int at = node.OuterStartIndex;
        if (at < 0 || at + text.Length > source.Length) return -1;
        return source.AsSpan(at, text.Length).SequenceEqual(text) ? at + text.Length : -1;
    }

    /// <summary>An attribute from its name to the end of its value (closing quote included); (-1, -1) if unknown.</summary>
    public static (int Start, int End) AttributeRange(string source, HtmlAttribute attribute)
    {
        int start = attribute.StreamPosition;
        string? name = attribute.OriginalName;
        if (name is null) return (-1, -1);
        if (start < 0 || start + name.Length > source.Length
            || string.Compare(source, start, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) != 0) return (-1, -1);
        if (attribute.QuoteType == AttributeValueQuote.WithoutValue) return (start, start + name.Length);
        int end = attribute.ValueStartIndex + attribute.ValueLength;
        if (attribute.QuoteType is AttributeValueQuote.DoubleQuote or AttributeValueQuote.SingleQuote) end++;
        return attribute.ValueStartIndex < start || end > source.Length ? (-1, -1) : (start, end);
    }

    private static bool IsNameEnd(char c) => char.IsWhiteSpace(c) || c is '>' or '/';
}
