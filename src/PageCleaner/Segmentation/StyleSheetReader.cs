using System.Text;

namespace PageCleaner.Segmentation;

/// <summary>
/// A small, tolerant reader of the CSS in a page's <c>&lt;style&gt;</c> elements. It keeps only the rules that hide or
/// show elements and whose selectors are tags, ids, classes and descendant (or child) chains of them; everything else
/// (attribute selectors, pseudo-classes, sibling combinators, other at-rules, malformed text) is skipped. One pass
/// over the text, no backtracking. Rules inside <c>@media</c> apply only when the query is unconditional (<c>screen</c>,
/// <c>all</c>): a width query or <c>print</c> does not describe the page as most readers see it.
/// </summary>
internal static class StyleSheetReader
{
    /// <summary>Style text read per page; the rest is ignored (hacked pages put their rule near the top).</summary>
    public const int MaxChars = 1 << 20;

    /// <summary>Rules kept per page.</summary>
    public const int MaxRules = 4096;

    /// <summary>Compounds per selector; longer chains are skipped.</summary>
    public const int MaxChain = 8;

    /// <summary>Reads the rules of <paramref name="css"/> that change visibility, numbering them from <paramref name="firstOrder"/>.</summary>
    public static List<StyleRule> Read(string css, int firstOrder = 0)
    {
        var rules = new List<StyleRule>();
        string text = StripComments(css.Length > MaxChars ? css[..MaxChars] : css);
        int i = 0, nesting = 0, order = firstOrder;
        while (i < text.Length && rules.Count < MaxRules)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || c == ';')
            {
                i++;
                continue;
            }
            if (c == '}')
            {
                // Closes an @media block we entered; a stray one is ignored.
                if (nesting > 0) nesting--;
                i++;
                continue;
            }
            int open = IndexOfEither(text, i, '{', '}', ';', stopAtSemicolon: c == '@');
            if (open < 0) break;
            if (text[open] != '{')
            {
                // "@import ...;" or a selector cut off by '}' (malformed): drop up to there.
                i = text[open] == ';' ? open + 1 : open;
                continue;
            }
            ReadOnlySpan<char> prelude = text.AsSpan(i, open - i).Trim();
            if (c == '@')
            {
                if (EntersBlock(prelude))
                {
                    nesting++;
                    i = open + 1;
                }
                else
                {
                    i = SkipBlock(text, open);
                }
                continue;
            }
            int close = SkipBlock(text, open);
            int bodyEnd = text[close - 1] == '}' ? close - 1 : close;
            ReadOnlySpan<char> body = text.AsSpan(open + 1, bodyEnd - open - 1);
            StyleEffect effect = InlineStyleVisibility.Evaluate(body);
            if (effect.Hides != HiddenReasons.None || effect.Shows)
            {
                foreach (Range r in prelude.Split(','))
                {
                    if (ParseSelector(prelude[r].Trim()) is StyleCompound[] chain)
                    {
                        int specificity = 0;
                        foreach (StyleCompound part in chain) specificity += part.Specificity;
                        rules.Add(new StyleRule(chain, specificity, order++, effect));
                        if (rules.Count >= MaxRules) break;
                    }
                }
            }
            i = close;
        }
        return rules;
    }

    /// <summary>Parses <c>div.a #b > p.c</c> into its compounds; null for anything this reader does not handle.</summary>
    public static StyleCompound[]? ParseSelector(ReadOnlySpan<char> selector)
    {
        if (selector.IsEmpty) return null;
        var chain = new List<StyleCompound>();
        int i = 0;
        while (i < selector.Length)
        {
            while (i < selector.Length && (char.IsWhiteSpace(selector[i]) || selector[i] == '>')) i++;
            if (i >= selector.Length) break;
            string? tag = null, id = null;
            var classes = new List<string>();
            if (selector[i] == '*')
            {
                i++;
            }
            else if (IsNameChar(selector[i]))
            {
                int start = i;
                while (i < selector.Length && IsNameChar(selector[i])) i++;
                tag = selector[start..i].ToString().ToLowerInvariant();
            }
            while (i < selector.Length && selector[i] is '.' or '#')
            {
                char kind = selector[i++];
                int start = i;
                while (i < selector.Length && IsNameChar(selector[i])) i++;
                if (i == start) return null;
                string name = selector[start..i].ToString();
                if (kind == '.') classes.Add(name);
                else if (id is null) id = name;
                else return null;
            }
            // Anything else (":hover", "[attr]", "+", "~", escapes) ends support for this selector.
            if (i < selector.Length && !char.IsWhiteSpace(selector[i]) && selector[i] != '>') return null;
            chain.Add(new StyleCompound(tag, id, [.. classes]));
            if (chain.Count > MaxChain) return null;
        }
        if (chain.Count == 0) return null;
        StyleCompound subject = chain[^1];
        // A subject that is only "*" would match every element: never a real hiding rule.
        return subject.Tag is null && subject.Id is null && subject.Classes.Length == 0 ? null : [.. chain];
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || c > 0x7F;

    // @media screen / all / (no condition) and @supports are entered; their rules read as top-level ones.
    private static bool EntersBlock(ReadOnlySpan<char> prelude)
    {
        if (prelude.StartsWith("@supports", StringComparison.OrdinalIgnoreCase)) return true;
        if (!prelude.StartsWith("@media", StringComparison.OrdinalIgnoreCase)) return false;
        ReadOnlySpan<char> query = prelude["@media".Length..];
        if (query.Contains('(') || query.Contains("print", StringComparison.OrdinalIgnoreCase)
            || query.Contains("speech", StringComparison.OrdinalIgnoreCase) || query.Contains("not", StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    // From an opening brace, the index after its matching closing brace (or the end of the text).
    private static int SkipBlock(string text, int open)
    {
        int depth = 0;
        for (int i = open; i < text.Length; i++)
        {
            if (text[i] == '{') depth++;
            else if (text[i] == '}' && --depth == 0) return i + 1;
        }
        return text.Length;
    }

    private static int IndexOfEither(string text, int from, char a, char b, char c, bool stopAtSemicolon)
    {
        for (int i = from; i < text.Length; i++)
        {
            char ch = text[i];
            if (ch == a || ch == b || (stopAtSemicolon && ch == c)) return i;
        }
        return -1;
    }

    // Removes /* comments */ (an unclosed one runs to the end) and the <!-- --> markers old pages wrap CSS in.
    private static string StripComments(string css)
    {
        if (!css.Contains("/*", StringComparison.Ordinal) && !css.Contains("<!--", StringComparison.Ordinal) && !css.Contains("-->", StringComparison.Ordinal)) return css;
        var sb = new StringBuilder(css.Length);
        int i = 0;
        while (i < css.Length)
        {
            if (css[i] == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                int end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0) break;
                i = end + 2;
                sb.Append(' ');
            }
            else if (string.CompareOrdinal(css, i, "<!--", 0, 4) == 0)
            {
                i += 4;
            }
            else if (string.CompareOrdinal(css, i, "-->", 0, 3) == 0)
            {
                i += 3;
            }
            else
            {
                sb.Append(css[i++]);
            }
        }
        return sb.ToString();
    }
}
