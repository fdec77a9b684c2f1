using PageCleaner.Markup;

namespace PageCleaner.Rendering;

/// <summary>All nodes of a parsed page in document order, listed without recursion (nesting depth is unbounded).</summary>
internal static class DocumentOrder
{
    public static List<MarkupNode> Of(MarkupNode root)
    {
        var order = new List<MarkupNode>();
        var stack = new Stack<MarkupNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            MarkupNode node = stack.Pop();
            order.Add(node);
            IReadOnlyList<MarkupNode> children = node.Children;
            for (int c = children.Count - 1; c >= 0; c--) stack.Push(children[c]);
        }
        return order;
    }
}
