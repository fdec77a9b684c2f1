using PageCleaner.Markup;

namespace PageCleaner.Segmentation;

/// <summary>
/// Drops the rules that cannot match anything on the page: those naming, anywhere in their chain, a class or id that
/// no element of the page carries. A page ships its site's whole style sheet (hundreds of rules for widgets it does
/// not show), and every rule left is tried on the elements it might fit, its ancestors climbed.
/// </summary>
internal static class StyleRulePresence
{
    /// <summary>Sheets of fewer rules are kept whole.</summary>
    public const int MinRules = 32;

    /// <summary>The rules of <paramref name="rules"/> whose classes and ids all occur on the page, in their order.</summary>
    public static List<StyleRule> Applicable(List<StyleRule> rules, MarkupDocument document)
    {
        // A short sheet costs less to match than a walk over the page to thin it.
        if (rules.Count < MinRules) return rules;
        var classes = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        var ids = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (StyleRule rule in rules)
        {
            foreach (StyleCompound compound in rule.Chain)
            {
                if (compound.Id is not null) ids[compound.Id] = false;
                foreach (string c in compound.Classes) classes[c] = false;
            }
        }
        if (classes.Count + ids.Count > 0) MarkPresent(document, classes, ids);
        return rules.FindAll(rule => Array.TrueForAll(rule.Chain, c => (c.Id is null || ids[c.Id]) && Array.TrueForAll(c.Classes, k => classes[k])));
    }

    // Marks true every class and id of the dictionaries that some element carries (a walk with a stack: no recursion
    // over a deep page).
    private static void MarkPresent(MarkupDocument document, Dictionary<string, bool> classes, Dictionary<string, bool> ids)
    {
        var byClass = classes.GetAlternateLookup<ReadOnlySpan<char>>();
        var byId = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        // Pages repeat the same class lists on many elements: each distinct list is split once.
        var seenLists = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var pending = new Stack<MarkupNode>();
        pending.Push(document.Root);
        while (pending.Count > 0)
        {
            MarkupNode node = pending.Pop();
            foreach (MarkupNode child in node.ChildSpan)
            {
                if (child.Kind == MarkupNodeKind.Element) pending.Push(child);
            }
            if (!node.HasAttributes) continue;
            if (node.TryGetAttributeSpan("id", out ReadOnlySpan<char> id) && byId.ContainsKey(id.Trim())) byId[id.Trim()] = true;
            if (node.TryGetAttributeSpan("class", out ReadOnlySpan<char> list) && seenLists.Add(list))
            {
                foreach (Range r in list.SplitAny(StyleCompound.Separators))
                {
                    if (byClass.ContainsKey(list[r])) byClass[list[r]] = true;
                }
            }
        }
    }
}
