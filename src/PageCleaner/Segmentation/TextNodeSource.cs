using HtmlAgilityPack;

namespace PageCleaner.Segmentation;

/// <summary>
/// A parsed text node's raw text as a span of the page source. HtmlAgilityPack's <see cref="HtmlTextNode.Text"/>
/// cuts a new substring on every call (it keeps none), and the walk reads every text node of the page once.
/// </summary>
internal static class TextNodeSource
{
    /// <summary>
    /// The node's text: where the parser found it in <paramref name="source"/> (the document's text), or
    /// <see cref="HtmlTextNode.Text"/> when it has no place there (a node made after parsing). The pipeline never
    /// changes a parsed text node, so the span is the text the parser gave it.
    /// </summary>
    public static ReadOnlySpan<char> Raw(HtmlTextNode node, string? source)
    {
        // OriginalOuterLength is the parsed length as stored; OuterLength would build the node's outer HTML to measure it.
        int start = node.OuterStartIndex, length = node.OriginalOuterLength;
        if (source is null || start < 0 || length < 0 || start > source.Length - length) return node.Text;
        return source.AsSpan(start, length);
    }
}
