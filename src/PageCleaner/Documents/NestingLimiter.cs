using System.Collections.Frozen;
using System.Text;

namespace PageCleaner.Documents;

/// <summary>
/// Flattens pathological nesting before the HTML parser sees it. HtmlAgilityPack's parse time grows with the square
/// of the nesting depth (100,000 nested divs take minutes), so start tags that would open deeper than the limit are
/// dropped together with their end tags; the text stays. One linear scan finds the depth; a second rewrites only
/// when the limit is exceeded.
/// </summary>
internal static class NestingLimiter
{
    private static readonly FrozenSet<string> Void = FrozenSet.ToFrozenSet(
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen"],
        StringComparer.Ordinal);

    // Elements a parser closes when a sibling of the same name opens (<p>a<p>b is not nesting).
    private static readonly FrozenSet<string> SelfClosingSiblings = FrozenSet.ToFrozenSet(
        ["p", "li", "dt", "dd", "option", "tr", "td", "th"], StringComparer.Ordinal);

    private static readonly string[] RawText = ["script", "style", "textarea", "xmp", "title", "plaintext"];

    /// <summary>Returns <paramref name="html"/> itself when no element nests deeper than <paramref name="maxDepth"/>, else a flattened copy.</summary>
    public static string Limit(string html, int maxDepth, out bool flattened)
    {
        flattened = Scan(html, maxDepth, null) > maxDepth;
        if (!flattened) return html;
        var output = new StringBuilder(html.Length);
        Scan(html, maxDepth, output);
        return output.ToString();
    }

    // Walks the tags; returns the deepest depth reached. With an output, copies everything but the tags that open
    // past maxDepth and the end tags that close them.
    private static int Scan(string html, int maxDepth, StringBuilder? output)
    {
        var open = new List<string>();
        var dropped = new Dictionary<string, int>(StringComparer.Ordinal);
        int deepest = 0, copied = 0, i = 0;
        while (true)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length) break;
            char next = html[lt + 1];
            if (next == '!')
            {
                i = SkipPast(html, lt, html.AsSpan(lt).StartsWith("<!--") ? "-->" : ">");
                continue;
            }
            bool end = next == '/';
            int nameStart = lt + (end ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':')) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1;
                continue;
            }
            string name = html[nameStart..nameEnd].ToLowerInvariant();
            int close = TagEnd(html, nameEnd);
            bool selfClosed = close > 0 && html[close - 1] == '/';
            int after = close + 1;
            bool keep = true;
            if (end)
            {
                if (dropped.TryGetValue(name, out int d) && d > 0)
                {
                    dropped[name] = d - 1;
                    keep = false;
                }
                else
                {
                    int at = open.LastIndexOf(name);
                    if (at >= 0 && open.Count - at <= 64) open.RemoveRange(at, open.Count - at);
                }
            }
            else if (!Void.Contains(name) && !selfClosed)
            {
                if (SelfClosingSiblings.Contains(name) && open.Count > 0 && open[^1] == name) open.RemoveAt(open.Count - 1);
                if (output is not null && open.Count >= maxDepth)
                {
                    dropped[name] = dropped.GetValueOrDefault(name) + 1;
                    keep = false;
                }
                else
                {
                    open.Add(name);
                    deepest = Math.Max(deepest, open.Count);
                }
                if (Array.IndexOf(RawText, name) >= 0) after = SkipRawText(html, after, name);
            }
            if (output is not null && !keep)
            {
                output.Append(html, copied, lt - copied);
                copied = Math.Min(after, html.Length);
            }
            i = Math.Min(after, html.Length);
            if (output is null && deepest > maxDepth) return deepest;
        }
        output?.Append(html, copied, html.Length - copied);
        return deepest;
    }

    private static int TagEnd(string html, int from)
    {
        char quote = '\0';
        for (int k = from; k < html.Length; k++)
        {
            char c = html[k];
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
            }
            else if (c is '"' or '\'') quote = c;
            else if (c == '>') return k;
        }
        return html.Length - 1;
    }

    private static int SkipPast(string html, int from, string terminator)
    {
        int at = html.IndexOf(terminator, from + 2, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + terminator.Length;
    }

    private static int SkipRawText(string html, int from, string name)
    {
        int at = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html.Length : at;
    }
}
