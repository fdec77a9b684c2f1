using PageCleaner.Markup;
using PageCleaner.Text;

namespace PageCleaner.Segmentation;

/// <summary>Picks the page title from <c>&lt;title&gt;</c>, falling back to <c>og:title</c>, while the walk passes by.</summary>
internal sealed class TitleCollector
{
    private string? _title, _openGraphTitle;

    public string? Title => _title ?? _openGraphTitle;

    /// <summary>
    /// Takes the element if it is a title source; true when the walk should not descend into it. The head is walked:
    /// pages that never close it have their whole body inside it.
    /// </summary>
    public bool Offer(MarkupNode element)
    {
        switch (element.Name)
        {
            case "title":
                _title ??= Clean(TextOf(element));
                return true;
            case "meta":
                if (_openGraphTitle is null && string.Equals(element.GetAttribute("property"), "og:title", StringComparison.OrdinalIgnoreCase))
                    _openGraphTitle = Clean(element.GetAttribute("content"));
                return true;
            default:
                return false;
        }
    }

    private static string TextOf(MarkupNode title)
    {
        var parts = new List<string>();
        foreach (MarkupNode child in title.Children)
        {
            if (child.Kind == MarkupNodeKind.Text) parts.Add(child.Text);
        }
        return string.Concat(parts);
    }

    private static string? Clean(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        string s = WhitespaceNormalizer.Normalize(HtmlEntities.Decode(raw));
        return s.Length == 0 ? null : s;
    }
}
