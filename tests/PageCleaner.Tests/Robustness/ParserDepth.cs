using HtmlAgilityPack;

namespace PageCleaner.Tests.Robustness;

/// <summary>The depth of the tree HtmlAgilityPack itself builds, measured without recursion.</summary>
internal static class ParserDepth
{
    public static int Of(string html)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        int deepest = 0;
        var stack = new Stack<(HtmlNode Node, int Depth)>();
        stack.Push((document.DocumentNode, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (HtmlNode child in node.ChildNodes)
            {
                if (child.NodeType == HtmlNodeType.Element) stack.Push((child, depth + 1));
            }
        }
        return deepest;
    }
}
