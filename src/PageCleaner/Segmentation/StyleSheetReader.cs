using System.Buffers;
using PageCleaner.Buffers;

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
    public static List<StyleRule> Read(ReadOnlySpan<char> css, int firstOrder = 0)
    {
        if (css.Length > MaxChars) css = css[..MaxChars];
        if (css.IndexOfAny(CommentMarks) < 0) return ReadRules(css, firstOrder);
        // Comments are cut out into a pooled copy: pages ship tens of kilobytes of CSS, read on every page.
        char[] stripped = PooledArrays.Rent<char>(css.Length);
        try
        {
            return ReadRules(stripped.AsSpan(0, StripComments(css, stripped)), firstOrder);
        }
        finally
        {
            PooledArrays.Return(stripped);
        }
    }

    private static List<StyleRule> ReadRules(ReadOnlySpan<char> text, int firstOrder)
    {
        var rules = new List<StyleRule>();
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
            int found = c == '@' ? text[i..].IndexOfAny('{', '}', ';') : text[i..].IndexOfAny('{', '}');
            if (found < 0) break;
            int open = i + found;
            if (text[open] != '{')
            {
                // "@import ...;" or a selector cut off by '}' (malformed): drop up to there.
                i = text[open] == ';' ? open + 1 : open;
                continue;
            }
            ReadOnlySpan<char> prelude = text[i..open].Trim();
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
            ReadOnlySpan<char> body = text[(open + 1)..bodyEnd];
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
    private static int SkipBlock(ReadOnlySpan<char> text, int open)
    {
        int depth = 0, i = open;
        while (i < text.Length)
        {
            int found = text[i..].IndexOfAny('{', '}');
            if (found < 0) break;
            i += found;
            if (text[i] == '{') depth++;
            else if (--depth == 0) return i + 1;
            i++;
        }
        return text.Length;
    }

    private static readonly SearchValues<string> CommentMarks = SearchValues.Create(["/*", "<!--", "-->"], StringComparison.Ordinal);

    // Copies css into stripped without /* comments */ (each becomes one space; an unclosed one runs to the end) and
    // the <!-- --> markers old pages wrap CSS in; returns the length written.
    private static int StripComments(ReadOnlySpan<char> css, Span<char> stripped)
    {
        int i = 0, length = 0;
        while (i < css.Length)
        {
            int found = css[i..].IndexOfAny(CommentMarks);
            int plain = found < 0 ? css.Length - i : found;
            css.Slice(i, plain).CopyTo(stripped[length..]);
            length += plain;
            i += plain;
            if (i >= css.Length) break;
            ReadOnlySpan<char> rest = css[i..];
            if (rest.StartsWith("/*"))
            {
                int end = rest[2..].IndexOf("*/");
                if (end < 0) break;
                i += 2 + end + 2;
                stripped[length++] = ' ';
            }
            else if (rest.StartsWith("<!--"))
            {
                i += 4;
            }
            else
            {
                i += 3; // "-->"
            }
        }
        return length;
    }
}
