using System.Collections.Frozen;

namespace PageCleaner.Markup;

/// <summary>
/// How elements nest when the markup leaves end tags out. These are HtmlAgilityPack's rules (1.13), which the
/// default model was trained on, read off its output for every pair of common tags: an element with no content
/// (<c>img</c>), one whose content is raw text up to its end tag (<c>script</c>), and a start tag that closes the
/// element it finds itself directly inside (<c>&lt;li&gt;</c> in an open <c>li</c>, a block in an open <c>p</c>).
/// </summary>
internal static class ElementRules
{
    /// <summary>Elements that never have content.</summary>
    public static readonly FrozenSet<string> Void = FrozenSet.ToFrozenSet(
        ["area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "isindex", "keygen", "link", "meta",
         "param", "source", "spacer", "wbr"], StringComparer.Ordinal);

    /// <summary>Elements whose content is raw text up to their end tag.</summary>
    public static readonly FrozenSet<string> RawText = FrozenSet.ToFrozenSet(["script", "style", "textarea", "title", "noxhtml"], StringComparer.Ordinal);

    // For an open parent (key), the start tags that close it first.
    private static readonly FrozenDictionary<string, FrozenSet<string>> ClosedBy = new Dictionary<string, string>
    {
        ["a"] = "a",
        ["caption"] = "colgroup tbody tfoot thead tr",
        ["colgroup"] = "tbody tfoot thead tr",
        ["dd"] = "dd dt",
        ["dt"] = "dd dt",
        ["h1"] = "h2 h3 h4 h5",
        ["h2"] = "h1 h3 h4 h5",
        ["h3"] = "h1 h2 h4 h5",
        ["h4"] = "h1 h2 h3 h5",
        ["h5"] = "h1 h2 h3 h4",
        ["li"] = "li",
        ["option"] = "option",
        ["p"] = "address article aside blockquote dir div dl fieldset footer form h1 h2 h3 h4 h5 h6 header hr li menu nav ol p pre section table ul",
        ["table"] = "table",
        ["title"] = "title",
        ["tbody"] = "tbody tfoot",
        ["td"] = "tbody td tfoot th tr",
        ["th"] = "tbody td tfoot th tr",
        ["thead"] = "tbody tfoot",
        ["tr"] = "tbody tfoot thead tr",
    }.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Split(' ').ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>Whether a start tag <paramref name="child"/> closes the open element <paramref name="parent"/> it would go into.</summary>
    public static bool Closes(string parent, string child) => ClosedBy.TryGetValue(parent, out FrozenSet<string>? closers) && closers.Contains(child);
}
