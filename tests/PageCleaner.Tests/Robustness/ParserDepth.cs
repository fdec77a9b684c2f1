using PageCleaner.Markup;

namespace PageCleaner.Tests.Robustness;

/// <summary>The depth of the tree the parser itself builds, measured without recursion.</summary>
internal static class ParserDepth
{
    public static int Of(string html)
    {
        MarkupDocument document = MarkupParser.Parse(html);
        int deepest = 0;
        var stack = new Stack<(MarkupNode Node, int Depth)>();
        stack.Push((document.Root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (MarkupNode child in node.Children)
            {
                if (child.Kind == MarkupNodeKind.Element) stack.Push((child, depth + 1));
            }
        }
        return deepest;
    }
}
