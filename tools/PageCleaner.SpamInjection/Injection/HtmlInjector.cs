using HtmlAgilityPack;
using PageCleaner.SpamInjection.Spam;

namespace PageCleaner.SpamInjection.Injection;

/// <summary>Puts a spam block into an HTML page at a <see cref="Place"/>, hidden by a <see cref="HidingMethod"/>.</summary>
internal static class HtmlInjector
{
    /// <summary>
    /// Injects <paramref name="block"/>. The page's own markup is kept byte for byte; the block (and, for stylesheet
    /// methods, its rule) is inserted as text at positions found by parsing.
    /// </summary>
    /// <param name="html">The page.</param>
    /// <param name="expected">The page's article text (or must-have snippets), to find the article by.</param>
    /// <param name="block">The spam texts.</param>
    /// <param name="method">How to hide them.</param>
    /// <param name="place">Where to put them.</param>
    /// <param name="random">The source of every choice (markup variants, names).</param>
    /// <param name="decorate">Changes the block's markup before it goes in (augmentation labels it); null keeps it.</param>
    public static InjectedPage Inject(string html, string expected, SpamBlock block, HidingMethod method, Place place, Random random, Func<string, string>? decorate = null)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        SpamMarkup markup = SpamMarkup.Render(block, method, html, random);
        if (decorate is not null) markup = markup with { Html = decorate(markup.Html) };
        int at = Position(html, document, expected, place);
        var edits = new List<(int At, string Text)> { (at, place == Place.AfterHtml ? "\n" + markup.Html + "\n" : markup.Html) };
        if (markup.StyleRule is not null) edits.Add(StyleEdit(html, document, markup.StyleRule, at, random));
        // Later positions first, so earlier ones stay valid; at a tie the rule goes in last and so lands first.
        string result = html;
        foreach (var (position, text) in edits.OrderByDescending(e => e.At)) result = result.Insert(position, text);
        return new InjectedPage(result, block.Phrases, method, place, block.Language);
    }

    /// <summary>The text position where a block goes for <paramref name="place"/>.</summary>
    public static int Position(string html, HtmlDocument document, string expected, Place place)
    {
        switch (place)
        {
            case Place.AfterHtml:
                int close = html.LastIndexOf("</html>", StringComparison.OrdinalIgnoreCase);
                return close >= 0 ? close + "</html>".Length : html.Length;
            case Place.PageEnd:
                int body = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
                if (body >= 0) return body;
                int end = html.LastIndexOf("</html>", StringComparison.OrdinalIgnoreCase);
                return end >= 0 ? end : html.Length;
        }
        HtmlNode? article = ArticleLocator.Find(document, expected);
        if (article is null) return Position(html, document, expected, Place.PageEnd);
        if (place == Place.InsideArticle)
        {
            var parts = article.ChildNodes.Where(n => n.NodeType == HtmlNodeType.Element || (n.NodeType == HtmlNodeType.Text && n.InnerText.Trim().Length > 0)).ToList();
            if (parts.Count >= 2) return parts[parts.Count / 2].StreamPosition;
        }
        return InnerEnd(html, article);
    }

    // Where the element's end tag starts; when the parser's figure does not land on one, after its last child.
    private static int InnerEnd(string html, HtmlNode element)
    {
        int at = element.InnerStartIndex + element.InnerLength;
        if (at >= 0 && at < html.Length && string.CompareOrdinal(html, at, "</", 0, 2) == 0) return at;
        HtmlNode? last = element.LastChild;
        return last is null ? Math.Clamp(at, 0, html.Length) : Math.Clamp(last.StreamPosition + last.OuterLength, 0, html.Length);
    }

    // The rule goes into the page's first <style> element or a new one at the end of <head>, each half the time;
    // without either, a new <style> element goes just before the block.
    private static (int, string) StyleEdit(string html, HtmlDocument document, string rule, int blockAt, Random random)
    {
        HtmlNode? style = document.DocumentNode.Descendants("style").FirstOrDefault(s => s.EndNode is not null && s.EndNode != s);
        if (style is not null && random.Next(2) == 0)
        {
            int at = style.InnerStartIndex + style.InnerLength;
            if (at > 0 && at < html.Length && html.AsSpan(at).StartsWith("</style", StringComparison.OrdinalIgnoreCase)) return (at, "\n" + rule + "\n");
        }
        HtmlNode? head = document.DocumentNode.Descendants("head").FirstOrDefault();
        if (head is not null)
        {
            int at = head.InnerStartIndex + head.InnerLength;
            if (at > 0 && at < html.Length && at <= blockAt && html.AsSpan(at).StartsWith("</head", StringComparison.OrdinalIgnoreCase)) return (at, $"<style>{rule}</style>");
        }
        return (blockAt, $"<style>{rule}</style>");
    }
}
