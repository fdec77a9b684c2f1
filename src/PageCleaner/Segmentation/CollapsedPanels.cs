using HtmlAgilityPack;

namespace PageCleaner.Segmentation;

/// <summary>
/// Tells a collapsed accordion section or an unselected tab from hidden text. Both follow the WAI-ARIA patterns: a
/// button or tab names the panel it opens in <c>aria-controls</c>, and the panel is a <c>role="region"</c> or
/// <c>role="tabpanel"</c> hidden until then (product specifications, FAQ answers, a product's tabs). A reader opens
/// it with one click, and annotators of article text keep it. Menus and dialogs opened the same way stay hidden:
/// their roles are others.
/// </summary>
internal sealed class CollapsedPanels
{
    private const string ControlsAttribute = "aria-controls";

    private readonly string? _source;
    private HashSet<string>? _controlled;

    public CollapsedPanels(HtmlDocument document) => _source = document.Text;

    /// <summary>True when <paramref name="node"/> is a region or tab panel that a control on the page opens.</summary>
    public bool IsPanel(HtmlNode node)
    {
        if (!node.HasAttributes) return false;
        string? role = node.GetAttributeValue("role", null);
        if (!string.Equals(role, "region", StringComparison.OrdinalIgnoreCase) && !string.Equals(role, "tabpanel", StringComparison.OrdinalIgnoreCase)) return false;
        string? id = node.GetAttributeValue("id", null)?.Trim();
        if (string.IsNullOrEmpty(id)) return false;
        _controlled ??= ControlledIds(_source);
        return _controlled.Contains(id);
    }

    /// <summary>
    /// The ids named by <c>aria-controls</c> attributes anywhere in the markup. A scan of the source text, made once
    /// and only for a page that has a hidden panel: cheaper than a walk over every element, and a control may come
    /// after its panel.
    /// </summary>
    internal static HashSet<string> ControlledIds(ReadOnlySpan<char> source)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        int at;
        while ((at = source.IndexOf(ControlsAttribute, StringComparison.OrdinalIgnoreCase)) >= 0)
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
