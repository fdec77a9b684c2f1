using PageCleaner.Markup;

namespace PageCleaner.Segmentation;

/// <summary>
/// The visibility rules of a page's own <c>&lt;style&gt;</c> elements, indexed by the id, class or tag their subject
/// names, so each element is checked only against the rules that could match it.
/// </summary>
internal sealed class StyleSheet
{
    // Ancestors climbed when matching a descendant chain.
    private const int MaxAncestors = 256;

    private readonly Dictionary<string, List<StyleRule>> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<StyleRule>> _byClass = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<StyleRule>> _byTag = new(StringComparer.OrdinalIgnoreCase);

    // Ids and class tokens are looked up by span: no string per attribute of every element.
    private readonly Dictionary<string, List<StyleRule>>.AlternateLookup<ReadOnlySpan<char>> _byIdSpan, _byClassSpan;

    /// <summary>A sheet without rules.</summary>
    public static StyleSheet Empty { get; } = new([]);

    public StyleSheet(IEnumerable<StyleRule> rules)
    {
        foreach (StyleRule rule in rules)
        {
            StyleCompound s = rule.Subject;
            if (s.Id is not null) Add(_byId, s.Id, rule);
            else if (s.Classes.Length > 0) Add(_byClass, s.Classes[0], rule);
            else if (s.Tag is not null) Add(_byTag, s.Tag, rule);
            RuleCount++;
        }
        _byIdSpan = _byId.GetAlternateLookup<ReadOnlySpan<char>>();
        _byClassSpan = _byClass.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int RuleCount { get; }

    /// <summary>Reads the style elements of a parsed page (in document order); <see cref="Empty"/> when it has none.</summary>
    public static StyleSheet FromDocument(MarkupDocument document)
    {
        var rules = new List<StyleRule>();
        int chars = 0, insideUntil = -1;
        foreach (MarkupNode style in document.StyleElements)
        {
            if (chars >= StyleSheetReader.MaxChars || rules.Count >= StyleSheetReader.MaxRules) break;
            // A style tag cut short by the next tag stays open as an ordinary element: a style element inside it is
            // its content, not a style sheet. The list is in document order, so the elements inside one are those
            // that start before it ends.
            if (style.Start < insideUntil) continue;
            insideUntil = style.End;
            ReadOnlySpan<char> css = Css(style);
            chars += css.Length;
            if (!AppliesToScreen(style.GetAttribute("media"))) continue;
            rules.AddRange(StyleSheetReader.Read(css, rules.Count));
        }
        if (rules.Count == 0) return Empty;
        rules = StyleRulePresence.Applicable(rules, document);
        return rules.Count == 0 ? Empty : new StyleSheet(rules);
    }

    // The parser keeps a style element's content as one raw text node (none when the element is never closed).
    private static ReadOnlySpan<char> Css(MarkupNode style) => style.FirstChild is { Kind: MarkupNodeKind.Text } text ? text.TextSpan : default;

    /// <summary>How the rules hide <paramref name="element"/> (with <see cref="HiddenReasons.StyleSheet"/>), or none when the
    /// most specific (then latest) matching rule that hides or shows it shows it, no rule matches, or the element is
    /// <c>html</c> or <c>body</c>.</summary>
    public HiddenReasons Match(MarkupNode element)
    {
        // Rules that hide the whole document (html{display:none} against framing, body{visibility:hidden} and
        // .async-hide{opacity:0} against flicker) are undone by the page's scripts: never take them at their word.
        if (RuleCount == 0 || element.Name is "html" or "body") return HiddenReasons.None;
        StyleRule? best = null;
        List<StyleRule>? rules;
        if (element.TryGetAttributeSpan("id", out ReadOnlySpan<char> id) && _byIdSpan.TryGetValue(id.Trim(), out rules)) best = Best(best, rules, element);
        if (element.TryGetAttributeSpan("class", out ReadOnlySpan<char> classes))
        {
            foreach (Range r in classes.SplitAny(StyleCompound.Separators))
            {
                ReadOnlySpan<char> token = classes[r];
                if (token.Length > 0 && _byClassSpan.TryGetValue(token, out rules)) best = Best(best, rules, element);
            }
        }
        if (_byTag.TryGetValue(element.Name, out rules)) best = Best(best, rules, element);
        return best is null || best.Effect.Hides == HiddenReasons.None ? HiddenReasons.None : best.Effect.Hides | HiddenReasons.StyleSheet;
    }

    private static StyleRule? Best(StyleRule? best, List<StyleRule> candidates, MarkupNode element)
    {
        foreach (StyleRule rule in candidates)
        {
            if (best is not null && (rule.Specificity < best.Specificity || (rule.Specificity == best.Specificity && rule.Order < best.Order))) continue;
            if (!rule.Subject.Matches(element) || !AncestorsMatch(rule.Chain, element)) continue;
            best = rule;
        }
        return best;
    }

    // Each earlier compound must match some ancestor, in order (greedy from the nearest ancestor outwards).
    private static bool AncestorsMatch(StyleCompound[] chain, MarkupNode element)
    {
        int part = chain.Length - 2;
        MarkupNode? node = element.Parent;
        for (int steps = 0; part >= 0 && node is not null && node.Kind == MarkupNodeKind.Element && steps < MaxAncestors; steps++, node = node.Parent)
        {
            if (chain[part].Matches(node)) part--;
        }
        return part < 0;
    }

    private static bool AppliesToScreen(string? media)
    {
        if (string.IsNullOrWhiteSpace(media)) return true;
        return !media.Contains("print", StringComparison.OrdinalIgnoreCase) && !media.Contains('(') && !media.Contains("speech", StringComparison.OrdinalIgnoreCase);
    }

    private static void Add(Dictionary<string, List<StyleRule>> index, string key, StyleRule rule)
    {
        if (!index.TryGetValue(key, out List<StyleRule>? list)) index[key] = list = [];
        list.Add(rule);
    }
}
