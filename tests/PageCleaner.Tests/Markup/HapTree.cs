using HtmlAgilityPack;
using PageCleaner.Markup;

namespace PageCleaner.Tests.Markup;

/// <summary>
/// A tree as lines (depth, kind, name, position, line, attributes, text), from HtmlAgilityPack 1.13 or from our
/// parser, so the two can be compared. The lines of raw-text content (script, style, ...) are left out: the
/// segmenter never reads them, and HtmlAgilityPack counts them from the element's start.
/// </summary>
internal static class HapTree
{
    public static List<string> OfAgilityPack(string html)
    {
        var document = new HtmlDocument { OptionCheckSyntax = false };
        document.LoadHtml(html);
        return Lines(document.DocumentNode, n => n.ChildNodes.ToList(), n => n.NodeType switch
        {
            HtmlNodeType.Element => Element(n.Name, n.OuterStartIndex, n.Line, n.Attributes.Select(a => (a.Name, a.Value ?? ""))),
            HtmlNodeType.Text => Text(n.OuterStartIndex, InRawText(n.ParentNode!.Name) ? 0 : n.Line, ((HtmlTextNode)n).Text),
            _ => Comment(n.OuterStartIndex, ((HtmlCommentNode)n).Comment),
        });
    }

    public static List<string> OfMarkup(string html) =>
        Lines(MarkupParser.Parse(html).Root, n => n.Children, n => n.Kind switch
        {
            MarkupNodeKind.Element => Element(n.Name, n.Start, n.Line, n.Attributes.Select(a => (a.Name, a.Value))),
            MarkupNodeKind.Text => Text(n.Start, InRawText(n.Parent!.Name) ? 0 : n.Line, n.Text),
            _ => Comment(n.Start, n.Text),
        });

    // Depth first, in document order, without recursion; the root itself is not a line.
    private static List<string> Lines<T>(T root, Func<T, IReadOnlyList<T>> children, Func<T, string> line)
    {
        var lines = new List<string>();
        var stack = new Stack<(T Node, int Depth)>();
        Push(stack, children(root), 0);
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            lines.Add($"{depth} {line(node)}");
            Push(stack, children(node), depth + 1);
        }
        return lines;
    }

    private static void Push<T>(Stack<(T, int)> stack, IReadOnlyList<T> children, int depth)
    {
        for (int i = children.Count - 1; i >= 0; i--) stack.Push((children[i], depth));
    }

    private static bool InRawText(string parentName) => ElementRules.RawText.Contains(parentName);

    private static string Element(string name, int start, int line, IEnumerable<(string Name, string Value)> attributes) =>
        $"<{name}> @{start} L{line} {string.Join(" ", attributes.Select(a => a.Name + "=" + a.Value))}";

    private static string Text(int start, int line, string text) => $"T @{start} L{line} [{text}]";

    private static string Comment(int start, string text) => $"C @{start} [{text}]";
}
