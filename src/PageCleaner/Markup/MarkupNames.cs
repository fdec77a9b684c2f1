using System.Collections.Frozen;

namespace PageCleaner.Markup;

/// <summary>
/// Lower-case tag and attribute names, shared: a page names "div" or "class" thousands of times, and each known
/// name is one string for all of them (and for every page) instead of a new one per tag. They are the interned
/// strings, the very instances of the literals the code asks for ("class"): an attribute is found by reference.
/// </summary>
internal static class MarkupNames
{
    private static readonly FrozenSet<string> Known = FrozenSet.ToFrozenSet(
        ("a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption center cite code col colgroup "
        + "data dd del details dfn dialog dir div dl dt em embed fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 "
        + "head header hgroup hr html i iframe img input ins kbd label legend li link main map mark marquee menu meta nav nobr noscript object "
        + "ol optgroup option p param picture pre q rp rt ruby s samp script section select small source span strike strong style sub summary "
        + "sup svg path g use symbol defs rect circle table tbody td template textarea tfoot th thead time title tr track u ul var video wbr "
        + "class id style href src srcset alt rel type name content property role hidden aria-hidden aria-label aria-controls aria-expanded "
        + "data-pc-label lang charset http-equiv media target width height loading title datetime itemprop itemscope itemtype value action "
        + "method for tabindex onclick sizes decoding viewbox fill d xmlns async defer crossorigin integrity onload onerror "
        + "placeholder autocomplete aria-describedby aria-labelledby aria-haspopup aria-live aria-current focusable stroke "
        + "stroke-width stroke-linecap stroke-linejoin fill-rule clip-rule transform x y x1 y1 x2 y2 r cx cy points polygon "
        + "polyline line frameborder allowfullscreen allow scrolling colspan rowspan cellpadding cellspacing border align valign "
        + "bgcolor color size face dir download referrerpolicy fetchpriority nonce poster preload controls muted playsinline "
        + "required disabled checked selected readonly maxlength datetime scope headers span cite label form").Split(' ').Select(string.Intern),
        StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan = Known.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The name in lower case: the shared string when it is a known name, a new one otherwise.</summary>
    public static string Lower(ReadOnlySpan<char> name)
    {
        // Most names come in lower case already, nearly all in ASCII: looked up as they are, or lowered with the
        // vectorised ASCII routine (the same result as the invariant culture's on ASCII).
        if (!name.ContainsAnyInRange('A', 'Z') && System.Text.Ascii.IsValid(name))
        {
            return KnownBySpan.TryGetValue(name, out string? same) ? same : name.ToString();
        }
        if (name.Length <= 32)
        {
            Span<char> lower = stackalloc char[name.Length];
            int n = PageCleaner.Text.InvariantLowerCase.Lower(name, lower);
            if (KnownBySpan.TryGetValue(lower[..n], out string? known)) return known;
            return new string(lower[..n]);
        }
        return name.ToString().ToLowerInvariant();
    }
}
