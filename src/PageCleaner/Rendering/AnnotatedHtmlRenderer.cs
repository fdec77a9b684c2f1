using System.Text;
using PageCleaner.Markup;
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
    /// <param name="document">The parsed page; its <see cref="MarkupDocument.Source"/> is the source that gets edited.</param>
    /// <param name="sources">The text nodes of each block, recorded when the page was segmented.</param>
    /// <param name="labels">One label per block.</param>
    public static byte[] Render(MarkupDocument document, BlockSources sources, IReadOnlyList<BlockLabel> labels)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (labels.Count != sources.Count) throw new ArgumentException($"{labels.Count} labels for {sources.Count} blocks", nameof(labels));
        string source = document.Source;
        var edits = new SourceEdits();
        var (head, html) = RemoveWhatGoes(document, source, edits);

        // The head markup goes in first: where it shares a position with a labeled span (a fragment), it comes before it.
        InsertHead(edits, source, document, head, html);
        LabelPlacement placement = LabelPlacement.Compute(document, sources, labels, e => SourcePositions.AfterName(source, e) >= 0);
        foreach (var (element, label) in placement.Elements)
        {
            edits.Insert(SourcePositions.AfterName(source, element), $" {AnnotationMarkup.LabelAttribute}=\"{BlockLabels.Name(label)}\"");
        }
        foreach (MarkupNode element in placement.Hidden)
        {
            int at = SourcePositions.AfterName(source, element);
            if (at >= 0) edits.Insert(at, " " + AnnotationMarkup.HiddenAttribute);
        }
        foreach (var (text, label) in placement.Texts)
        {
            int end = SourcePositions.AfterText(source, text);
            if (end < 0) continue;
            edits.Insert(text.Start, $"<span {AnnotationMarkup.LabelAttribute}=\"{BlockLabels.Name(label)}\">");
            edits.Insert(end, "</span>");
        }
        edits.Insert(source.Length, (source.EndsWith('\n') ? "" : "\n") + AnnotationMarkup.Legend + "\n");
        return Encode(edits.Apply(source));
    }

    // Queues the removals (scripts, declarations, earlier runs' additions, old labels); returns the head and html elements.
    private static (MarkupNode? Head, MarkupNode? Html) RemoveWhatGoes(MarkupDocument document, string source, SourceEdits edits)
    {
        var removed = new HashSet<MarkupNode>();
        MarkupNode? head = null, html = null;
        foreach (MarkupNode node in DocumentOrder.Of(document.Root))
        {
            if (node.Parent is MarkupNode parent && removed.Contains(parent))
            {
                removed.Add(node);
                continue;
            }
            if (node.Kind == MarkupNodeKind.Comment && node.Parent == document.Root && IsXmlDeclaration(node))
            {
                RemoveText(edits, source, node);
                continue;
            }
            if (node.Kind != MarkupNodeKind.Element) continue;
            if (IsRemoved(node))
            {
                int end = SourcePositions.AfterElement(source, node);
                // The legend was added on a line of its own: its line break goes with it, so labeling again adds no blank lines.
                if (end >= 0 && end < source.Length && source[end] == '\n' && node.GetAttribute(AnnotationMarkup.UiAttribute) == "legend") end++;
                if (end >= 0)
                {
                    edits.Remove(node.Start, end);
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
    private static bool IsRemoved(MarkupNode element)
    {
        if (element.HasAttribute(AnnotationMarkup.UiAttribute)) return true;
        switch (element.Name)
        {
            case "script":
                return true;
            case "meta":
                if (element.HasAttribute("charset")) return true;
                string equiv = element.GetAttribute("http-equiv") ?? "";
                return equiv.Equals("content-type", StringComparison.OrdinalIgnoreCase) || equiv.Equals("refresh", StringComparison.OrdinalIgnoreCase);
            default:
                return false;
        }
    }

    private static bool IsXmlDeclaration(MarkupNode comment) =>
        comment.Text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase);

    private static void RemoveText(SourceEdits edits, string source, MarkupNode node)
    {
        int end = SourcePositions.AfterText(source, node);
        if (end >= 0) edits.Remove(node.Start, end);
    }

    // Labels (and hidden marks) already in the page are replaced by the new ones.
    private static void RemoveOldAttributes(SourceEdits edits, string source, MarkupNode element)
    {
        foreach (MarkupAttribute attribute in element.Attributes)
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
    private static void InsertHead(SourceEdits edits, string source, MarkupDocument document, MarkupNode? head, MarkupNode? html)
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
        foreach (MarkupNode node in document.Root.Children)
        {
            if (node.Kind == MarkupNodeKind.Comment && SourcePositions.AfterText(source, node) is int end and >= 0) at = end;
            else if (node.Kind != MarkupNodeKind.Text || !string.IsNullOrWhiteSpace(node.Text)) break;
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
