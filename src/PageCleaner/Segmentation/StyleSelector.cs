using PageCleaner.Markup;

namespace PageCleaner.Segmentation;

/// <summary>One compound selector: an optional tag name, id and classes (<c>div#main.note</c>), all of which must match.</summary>
internal sealed record StyleCompound(string? Tag, string? Id, string[] Classes)
{
    /// <summary>CSS specificity weight: ids count 10,000, classes 100, tags 1.</summary>
    public int Specificity => (Id is null ? 0 : 10_000) + Classes.Length * 100 + (Tag is null ? 0 : 1);

    /// <summary>
    /// Whether <paramref name="element"/>'s name, id and class attribute satisfy every part, the attributes read only
    /// when a part asks for them: ancestors are matched many times per page, and most compounds name a class or a tag.
    /// </summary>
    public bool Matches(MarkupNode element)
    {
        if (Tag is not null && !Tag.Equals(element.Name, StringComparison.OrdinalIgnoreCase)) return false;
        if (Id is not null && (!element.TryGetAttributeSpan("id", out ReadOnlySpan<char> id) || !id.Trim().Equals(Id, StringComparison.OrdinalIgnoreCase))) return false;
        if (Classes.Length == 0) return true;
        if (!element.TryGetAttributeSpan("class", out ReadOnlySpan<char> classList)) return false;
        foreach (string c in Classes)
        {
            if (!HasClass(classList, c)) return false;
        }
        return true;
    }

    /// <summary>Whether the whitespace-separated class list holds <paramref name="name"/> (case-insensitively: old pages render in quirks mode).</summary>
    public static bool HasClass(ReadOnlySpan<char> classList, string name)
    {
        if (name.Length == 0) return false;
        // Token by token, compared only when the lengths agree (most do not): no split enumerator, and no
        // case-insensitive search, which goes one character at a time where globalization is invariant.
        int i = 0;
        while (i < classList.Length)
        {
            while (i < classList.Length && IsSeparator(classList[i])) i++;
            int start = i;
            while (i < classList.Length && !IsSeparator(classList[i])) i++;
            if (i - start == name.Length && classList.Slice(start, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>The characters that separate the tokens of a class list.</summary>
    public const string Separators = " \t\n\r\f";

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsSeparator(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}

/// <summary>A style-sheet rule reduced to what visibility needs: a descendant chain of compounds, its weight and its effect.</summary>
/// <param name="Chain">Compounds from the outermost ancestor to the subject (the last one).</param>
/// <param name="Specificity">Summed specificity of the chain.</param>
/// <param name="Order">Position in the page's style sheets: of two equally specific rules the later wins.</param>
/// <param name="Effect">What the rule's declarations do.</param>
internal sealed record StyleRule(StyleCompound[] Chain, int Specificity, int Order, StyleEffect Effect)
{
    public StyleCompound Subject => Chain[^1];
}
