using System.Net;
using HtmlAgilityPack;

namespace PageCleaner.SpamInjection.Injection;

/// <summary>
/// Finds the element that holds the article: the one whose text best matches the page's expected text, scored as
/// (tokens found in the expected text) minus (tokens not found), so a container wins when it adds more article than
/// furniture, and loses to a child when it only adds furniture.
/// </summary>
internal static class ArticleLocator
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "head", "title", "svg" };

    /// <summary>The article element, or null when no element's text overlaps the expected text.</summary>
    public static HtmlNode? Find(HtmlDocument document, string expected)
    {
        var truth = new HashSet<string>(TruthTokens.Of(expected), StringComparer.Ordinal);
        HtmlNode? best = null;
        long bestScore = 0;
        Score(document.DocumentNode, truth, ref best, ref bestScore);
        return best;
    }

    // Returns the node's score; records the best element with an end tag (somewhere to insert before).
    private static long Score(HtmlNode node, HashSet<string> truth, ref HtmlNode? best, ref long bestScore)
    {
        if (node.NodeType == HtmlNodeType.Text)
        {
            long s = 0;
            foreach (string token in TruthTokens.Of(WebUtility.HtmlDecode(node.InnerText))) s += truth.Contains(token) ? 1 : -1;
            return s;
        }
        if (node.NodeType == HtmlNodeType.Comment || (node.NodeType == HtmlNodeType.Element && Skipped.Contains(node.Name))) return 0;
        long sum = 0;
        foreach (HtmlNode child in node.ChildNodes) sum += Score(child, truth, ref best, ref bestScore);
        if (node.NodeType == HtmlNodeType.Element && node.EndNode is not null && node.EndNode != node && sum > bestScore)
        {
            best = node;
            bestScore = sum;
        }
        return sum;
    }
}
