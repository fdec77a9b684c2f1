using HtmlAgilityPack;

namespace PageCleaner.Rendering;

/// <summary>All nodes of a parsed page in document order, listed without recursion (nesting depth is unbounded).</summary>
internal static class DocumentOrder
{
    public static List<HtmlNode> Of(HtmlNode root)
    {
        var order = new List<HtmlNode>();
        var stack = new Stack<HtmlNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            HtmlNode node = stack.Pop();
            order.Add(node);
            HtmlNodeCollection children = node.ChildNodes;
            for (int c = children.Count - 1; c >= 0; c--) stack.Push(children[c]);
        }
        return order;
    }
}
