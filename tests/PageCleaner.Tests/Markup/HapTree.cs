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
        var lines = new List<string>();
        var stack = new Stack<(HtmlNode Node, int Depth)>();
        Push(stack, document.DocumentNode.ChildNodes, 0);
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            bool raw = node.ParentNode is { NodeType: HtmlNodeType.Element } p && ElementRules.RawText.Contains(p.Name);
            lines.Add(node.NodeType switch
            {
                HtmlNodeType.Element => $"{depth} <{node.Name}> @{node.OuterStartIndex} L{node.Line} {string.Join(" ", node.Attributes.Select(a => a.Name + "=" + a.Value))}",
                HtmlNodeType.Text => $"{depth} T @{node.OuterStartIndex} L{(raw ? 0 : node.Line)} [{((HtmlTextNode)node).Text}]",
                _ => $"{depth} C @{node.OuterStartIndex} [{((HtmlCommentNode)node).Comment}]",
            });
            Push(stack, node.ChildNodes, depth + 1);
        }
        return lines;
    }

    public static List<string> OfMarkup(string html)
    {
        MarkupDocument document = MarkupParser.Parse(html);
        var lines = new List<string>();
        var stack = new Stack<(MarkupNode Node, int Depth)>();
        for (int i = document.Root.ChildCount - 1; i >= 0; i--) stack.Push((document.Root.Children[i], 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            bool raw = node.Parent is { Kind: MarkupNodeKind.Element } p && ElementRules.RawText.Contains(p.Name);
            lines.Add(node.Kind switch
            {
                MarkupNodeKind.Element => $"{depth} <{node.Name}> @{node.Start} L{node.Line} {string.Join(" ", node.Attributes.Select(a => a.Name + "=" + a.Value))}",
                MarkupNodeKind.Text => $"{depth} T @{node.Start} L{(raw ? 0 : node.Line)} [{node.Text}]",
                _ => $"{depth} C @{node.Start} [{node.Text}]",
            });
            for (int i = node.ChildCount - 1; i >= 0; i--) stack.Push((node.Children[i], depth + 1));
        }
        return lines;
    }

    private static void Push(Stack<(HtmlNode, int)> stack, HtmlNodeCollection children, int depth)
    {
        for (int i = children.Count - 1; i >= 0; i--) stack.Push((children[i], depth));
    }
}
