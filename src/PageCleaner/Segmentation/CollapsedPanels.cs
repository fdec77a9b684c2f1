using System.Buffers;
using PageCleaner.Markup;

namespace PageCleaner.Segmentation;

/// <summary>
/// Tells a collapsed accordion section or an unselected tab from hidden text. Both follow the WAI-ARIA patterns: a
/// button or tab names the panel it opens in <c>aria-controls</c>, and the panel is a <c>role="region"</c> or
/// <c>role="tabpanel"</c> hidden until then (product specifications, FAQ answers, a product's tabs); many accordions
/// leave the role out and say "accordion" or "collapsible" in a class instead. A reader opens it with one click, and
/// annotators of article text keep it. Menus, lists and dialogs opened the same way stay hidden.
/// </summary>
internal sealed class CollapsedPanels
{
    private const string ControlsAttribute = "aria-controls";

    // Looked for in the whole page source: the vectorised search of SearchValues, not the character-by-character
    // ignore-case loop that string search falls back to in the invariant globalization mode.
    private static readonly SearchValues<string> Controls = SearchValues.Create([ControlsAttribute], StringComparison.OrdinalIgnoreCase);

    private readonly MarkupDocument _document;
    private HashSet<string>? _controlled;

    /// <param name="document">The parsed page, whose text is scanned for the controls.</param>
    public CollapsedPanels(MarkupDocument document) => _document = document;

    /// <summary>True when <paramref name="node"/> is a panel (region, tab panel, accordion) that a control on the page opens.</summary>
    public bool IsPanel(MarkupNode node)
    {
        if (!node.HasAttributes || !LooksLikePanel(node)) return false;
        string? id = node.GetAttribute("id")?.Trim();
        if (string.IsNullOrEmpty(id)) return false;
        _controlled ??= ControlledIds(_document.Text);
        return _controlled.Contains(id);
    }

    // A region or tab panel by its role; without a role, a div or section whose class or id calls it an accordion,
    // a collapsible or a toggle's content. Lists (menus), nav and dialogs are never panels.
    private static bool LooksLikePanel(MarkupNode node)
    {
        string? role = node.GetAttribute("role")?.Trim();
        if (role is not null) return role.Equals("region", StringComparison.OrdinalIgnoreCase) || role.Equals("tabpanel", StringComparison.OrdinalIgnoreCase);
        if (node.Name is not ("div" or "section")) return false;
        return NamesAPanel(node.GetAttribute("class")) || NamesAPanel(node.GetAttribute("id"));
    }

    private static bool NamesAPanel(string? words) =>
        words is not null && (words.Contains("accordion", StringComparison.OrdinalIgnoreCase) || words.Contains("collaps", StringComparison.OrdinalIgnoreCase)
            || words.Contains("toggle", StringComparison.OrdinalIgnoreCase))
        && !words.Contains("menu", StringComparison.OrdinalIgnoreCase) && !words.Contains("nav", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The ids named by <c>aria-controls</c> attributes anywhere in the markup. A scan of the source text, made once
    /// and only for a page that has a hidden panel: cheaper than a walk over every element, and a control may come
    /// after its panel.
    /// </summary>
    internal static HashSet<string> ControlledIds(ReadOnlySpan<char> source)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        int at;
        while ((at = source.IndexOfAny(Controls)) >= 0)
        {
            source = source[(at + ControlsAttribute.Length)..];
            ReadOnlySpan<char> value = AttributeValue(source, out int consumed);
            source = source[consumed..];
            foreach (Range r in value.SplitAny(" \t\r\n\f"))
            {
                if (!value[r].IsEmpty) ids.Add(value[r].ToString());
            }
        }
        return ids;
    }

    // The value after an attribute name: '=' with optional spaces, then a quoted or unquoted value.
    private static ReadOnlySpan<char> AttributeValue(ReadOnlySpan<char> rest, out int consumed)
    {
        int i = SkipSpaces(rest, 0);
        consumed = i;
        if (i >= rest.Length || rest[i] != '=') return default;
        i = SkipSpaces(rest, i + 1);
        if (i < rest.Length && rest[i] is '"' or '\'')
        {
            char quote = rest[i];
            int end = rest[(i + 1)..].IndexOf(quote);
            if (end < 0) return default;
            consumed = i + 2 + end;
            return rest.Slice(i + 1, end);
        }
        int start = i;
        while (i < rest.Length && !char.IsWhiteSpace(rest[i]) && rest[i] != '>') i++;
        consumed = i;
        return rest[start..i];
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }
}
