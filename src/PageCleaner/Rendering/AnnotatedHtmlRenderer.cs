using System.Text;
using HtmlAgilityPack;
using PageCleaner.Documents;
using PageCleaner.Segmentation;

namespace PageCleaner.Rendering;

/// <summary>
/// Writes a page back as annotated HTML (training-data/README.md, form 1) carrying given block labels: the page's
/// own source with <c>data-pc-label</c> attributes added (and labeled spans where blocks of different labels share
/// an element), a stylesheet that colours content, boilerplate and spam, and a legend. Scripts and charset
/// declarations are removed, and a content security policy keeps the file from running or fetching anything when it is
/// opened. Read back by <c>pagecleaner train</c>, the file gives every block the label it was written with.
/// </summary>
internal static class AnnotatedHtmlRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Renders the page as UTF-8 bytes.</summary>
    /// <param name="document">The parsed page; its <see cref="HtmlDocument.Text"/> is the source that gets edited.</param>
    /// <param name="sources">The text nodes of each block, recorded when the page was segmented.</param>
    /// <param name="labels">One label per block.</param>
    public static byte[] Render(HtmlDocument document, BlockSources sources, IReadOnlyList<BlockLabel> labels)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (labels.Count != sources.Count) throw new ArgumentException($"{labels.Count} labels for {sources.Count} blocks", nameof(labels));
        string source = document.Text;
        var edits = new SourceEdits();
        var (head, html) = RemoveWhatGoes(document, source, edits);

        // The head markup goes in first: where it shares a position with a labeled span (a fragment), it comes before it.
        InsertHead(edits, source, document, head, html);
        LabelPlacement placement = LabelPlacement.Compute(document, sources, labels, e => SourcePositions.AfterName(source, e) >= 0);
        foreach (var (element, label) in placement.Elements)
        {
            edits.Insert(SourcePositions.AfterName(source, element), $" {AnnotationMarkup.LabelAttribute}=\"{BlockLabels.Name(label)}\"");
        }
        foreach (HtmlNode element in placement.Hidden)
        {
            int at = SourcePositions.AfterName(source, element);
            if (at >= 0) edits.Insert(at, " " + AnnotationMarkup.HiddenAttribute);
        }
        foreach (var (text, label) in placement.Texts)
        {
            int end = SourcePositions.AfterText(source, text);
            if (end < 0) continue;
            edits.Insert(text.OuterStartIndex, $"<span {AnnotationMarkup.LabelAttribute}=\"{BlockLabels.Name(label)}\">");
            edits.Insert(end, "</span>");
        }
        edits.Insert(source.Length, (source.EndsWith('\n') ? "" : "\n") + AnnotationMarkup.Legend + "\n");
        return Encode(edits.Apply(source));
    }

    // Queues the removals (scripts, declarations, earlier runs' additions, old labels); returns the head and html elements.
    private static (HtmlNode? Head, HtmlNode? Html) RemoveWhatGoes(HtmlDocument document, string source, SourceEdits edits)
    {
        var removed = new HashSet<HtmlNode>();
        HtmlNode? head = null, html = null;
        foreach (HtmlNode node in DocumentOrder.Of(document.DocumentNode))
        {
            if (node.ParentNode is HtmlNode parent && removed.Contains(parent))
            {
                removed.Add(node);
                continue;
            }
            if (node.NodeType == HtmlNodeType.Comment && node.ParentNode == document.DocumentNode && IsXmlDeclaration(node))
            {
                RemoveText(edits, source, node);
                continue;
            }
            if (node.NodeType != HtmlNodeType.Element) continue;
            if (IsRemoved(node))
            {
                int end = SourcePositions.AfterElement(source, node);
                // The legend was added on a line of its own: its line break goes with it, so labeling again adds no blank lines.
                if (end >= 0 && end < source.Length && source[end] == '\n' && node.GetAttributeValue(AnnotationMarkup.UiAttribute, "") == "legend") end++;
                if (end >= 0)
                {
                    edits.Remove(node.OuterStartIndex, end);
                    removed.Add(node);
                }
                continue;
            }
            head ??= node.Name == "head" ? node : null;
            html ??= node.Name == "html" ? node : null;
            RemoveOldAttributes(edits, source, node);
        }
        return (head, html);
    }

    // Scripts go; so do charset declarations (the file is UTF-8 now), refreshes that would leave the page, and what
    // an earlier run of the label command added.
    private static bool IsRemoved(HtmlNode element)
    {
        if (element.Attributes.Contains(AnnotationMarkup.UiAttribute)) return true;
        switch (element.Name)
        {
            case "script":
                return true;
            case "meta":
                if (element.Attributes.Contains("charset")) return true;
                string equiv = element.GetAttributeValue("http-equiv", "");
                return equiv.Equals("content-type", StringComparison.OrdinalIgnoreCase) || equiv.Equals("refresh", StringComparison.OrdinalIgnoreCase);
            default:
                return false;
        }
    }

    private static bool IsXmlDeclaration(HtmlNode comment) =>
        ((HtmlCommentNode)comment).Comment.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase);

    private static void RemoveText(SourceEdits edits, string source, HtmlNode node)
    {
        int end = SourcePositions.AfterText(source, node);
        if (end >= 0) edits.Remove(node.OuterStartIndex, end);
    }

    // Labels (and hidden marks) already in the page are replaced by the new ones.
    private static void RemoveOldAttributes(SourceEdits edits, string source, HtmlNode element)
    {
        foreach (HtmlAttribute attribute in element.Attributes)
        {
            if (!attribute.Name.Equals(AnnotationMarkup.LabelAttribute, StringComparison.OrdinalIgnoreCase)
                && !attribute.Name.Equals(AnnotationMarkup.HiddenAttribute, StringComparison.OrdinalIgnoreCase)) continue;
            var (start, end) = SourcePositions.AttributeRange(source, attribute);
            if (start < 0) continue;
            while (start > 0 && char.IsWhiteSpace(source[start - 1])) start--;
            edits.Remove(start, end);
        }
    }

    // First thing in the head, so the charset is found early; a page without a head gets one.
    private static void InsertHead(SourceEdits edits, string source, HtmlDocument document, HtmlNode? head, HtmlNode? html)
    {
        int at = head is null ? -1 : SourcePositions.AfterStartTag(source, head);
        if (at >= 0)
        {
            edits.Insert(at, AnnotationMarkup.Head);
            return;
        }
        at = html is null ? -1 : SourcePositions.AfterStartTag(source, html);
        if (at >= 0)
        {
            edits.Insert(at, "<head>" + AnnotationMarkup.Head + "</head>");
            return;
        }
        // A fragment: after the doctype and leading comments, which must stay first.
        at = 0;
        foreach (HtmlNode node in document.DocumentNode.ChildNodes)
        {
            if (node.NodeType == HtmlNodeType.Comment && SourcePositions.AfterText(source, node) is int end and >= 0) at = end;
            else if (node.NodeType != HtmlNodeType.Text || !string.IsNullOrWhiteSpace(((HtmlTextNode)node).Text)) break;
        }
        edits.Insert(at, AnnotationMarkup.Head);
    }

    // Browsers look for the charset in the first 1024 bytes, and the cleaner takes the first declaration it finds. When
    // the UTF-8 declaration is not found first and early (a late head, or a declaration the parser took for text and so
    // could not be removed), a byte order mark settles the encoding for both.
    private static byte[] Encode(string annotated)
    {
        const int BrowserPrescan = 1024;
        byte[] bytes = Utf8.GetBytes(annotated);
        CharsetDeclaration? declared = CharsetDeclarationScanner.Find(bytes, out _);
        int at = annotated.IndexOf(AnnotationMarkup.Head, StringComparison.Ordinal);
        bool early = at >= 0 && Utf8.GetByteCount(annotated.AsSpan(0, at)) < BrowserPrescan;
        if (declared is not null && declared.Target.IsUtf8 && early) return bytes;
        return [0xEF, 0xBB, 0xBF, .. bytes];
    }
}
