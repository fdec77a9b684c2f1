using PageCleaner.Markup;

namespace PageCleaner.Segmentation;

/// <summary>Picks the page's own address from the head while the walk passes by: the canonical link first, then <c>og:url</c>, then <c>&lt;base href&gt;</c>.</summary>
internal sealed class PageAddressCollector
{
    private string? _canonical, _openGraph, _base;

    public string? Address => _canonical ?? _openGraph ?? _base;

    /// <summary>Looks at a <c>link</c>, <c>meta</c> or <c>base</c> element; other elements are ignored.</summary>
    public void Offer(MarkupNode element)
    {
        switch (element.Name)
        {
            case "link":
                if (_canonical is null && string.Equals(element.GetAttribute("rel")?.Trim(), "canonical", StringComparison.OrdinalIgnoreCase))
                    _canonical = Absolute(element.GetAttribute("href"));
                break;
            case "meta":
                if (_openGraph is null && string.Equals(element.GetAttribute("property"), "og:url", StringComparison.OrdinalIgnoreCase))
                    _openGraph = Absolute(element.GetAttribute("content"));
                break;
            case "base":
                _base ??= Absolute(element.GetAttribute("href"));
                break;
        }
    }

    // Only an absolute http(s) or protocol-relative address names a host.
    private static string? Absolute(string? url)
    {
        string? u = url?.Trim();
        if (string.IsNullOrEmpty(u)) return null;
        return u.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || u.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || u.StartsWith("//", StringComparison.Ordinal) ? u : null;
    }
}
