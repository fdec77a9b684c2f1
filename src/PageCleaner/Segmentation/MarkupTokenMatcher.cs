using PageCleaner.Text;

namespace PageCleaner.Segmentation;

/// <summary>
/// Maps class and id attribute values to <see cref="MarkupTokenCategory"/> flags. Short keywords must match a whole
/// token (<c>ad</c> in <c>top-ad</c>, not in <c>header</c>); longer ones may occur inside a token (<c>newsContent</c>).
/// </summary>
internal static class MarkupTokenMatcher
{
    public const int CategoryCount = 16;

    private static readonly (string Word, MarkupTokenCategory Category)[] WholeTokens =
    [
        ("nav", MarkupTokenCategory.Navigation), ("menu", MarkupTokenCategory.Navigation), ("crumb", MarkupTokenCategory.Navigation),
        ("foot", MarkupTokenCategory.Footer), ("ft", MarkupTokenCategory.Footer), ("bottom", MarkupTokenCategory.Footer),
        ("hot", MarkupTokenCategory.Related), ("more", MarkupTokenCategory.Related), ("top10", MarkupTokenCategory.Related),
        ("rank", MarkupTokenCategory.Related), ("also", MarkupTokenCategory.Related), ("xgyd", MarkupTokenCategory.Related),
        ("sns", MarkupTokenCategory.Share), ("like", MarkupTokenCategory.Share), ("bdshare", MarkupTokenCategory.Share),
        ("ad", MarkupTokenCategory.Advertising), ("ads", MarkupTokenCategory.Advertising), ("gg", MarkupTokenCategory.Advertising),
        ("promo", MarkupTokenCategory.Advertising), ("side", MarkupTokenCategory.Sidebar), ("aside", MarkupTokenCategory.Sidebar),
        ("rail", MarkupTokenCategory.Sidebar), ("main", MarkupTokenCategory.Content), ("post", MarkupTokenCategory.Content),
        ("body", MarkupTokenCategory.Content), ("text", MarkupTokenCategory.Content), ("txt", MarkupTokenCategory.Content),
        ("zw", MarkupTokenCategory.Content), ("cont", MarkupTokenCategory.Content), ("entry", MarkupTokenCategory.Content),
        ("head", MarkupTokenCategory.Header), ("top", MarkupTokenCategory.Header), ("logo", MarkupTokenCategory.Header),
        ("meta", MarkupTokenCategory.Byline), ("date", MarkupTokenCategory.Byline), ("time", MarkupTokenCategory.Byline),
        ("info", MarkupTokenCategory.Byline), ("source", MarkupTokenCategory.Byline), ("tag", MarkupTokenCategory.Tags),
        ("tags", MarkupTokenCategory.Tags), ("page", MarkupTokenCategory.Pagination), ("prev", MarkupTokenCategory.Pagination),
        ("next", MarkupTokenCategory.Pagination), ("form", MarkupTokenCategory.Form), ("search", MarkupTokenCategory.Form),
        ("hide", MarkupTokenCategory.Hidden), ("hidden", MarkupTokenCategory.Hidden), ("modal", MarkupTokenCategory.Popup),
        ("popup", MarkupTokenCategory.Popup), ("overlay", MarkupTokenCategory.Popup), ("h1", MarkupTokenCategory.Title),
    ];

    private static readonly (string Word, MarkupTokenCategory Category)[] Substrings =
    [
        ("breadcrumb", MarkupTokenCategory.Navigation), ("navbar", MarkupTokenCategory.Navigation), ("navigation", MarkupTokenCategory.Navigation),
        ("footer", MarkupTokenCategory.Footer), ("copyright", MarkupTokenCategory.Footer), ("colophon", MarkupTokenCategory.Footer),
        ("comment", MarkupTokenCategory.Comment), ("reply", MarkupTokenCategory.Comment), ("respond", MarkupTokenCategory.Comment),
        ("disqus", MarkupTokenCategory.Comment), ("review", MarkupTokenCategory.Comment), ("discuss", MarkupTokenCategory.Comment),
        ("related", MarkupTokenCategory.Related), ("recommend", MarkupTokenCategory.Related), ("popular", MarkupTokenCategory.Related),
        ("trending", MarkupTokenCategory.Related), ("suggest", MarkupTokenCategory.Related), ("similar", MarkupTokenCategory.Related),
        ("hotnews", MarkupTokenCategory.Related), ("mostread", MarkupTokenCategory.Related), ("share", MarkupTokenCategory.Share),
        ("social", MarkupTokenCategory.Share), ("follow", MarkupTokenCategory.Share), ("twitter", MarkupTokenCategory.Share),
        ("facebook", MarkupTokenCategory.Share), ("weibo", MarkupTokenCategory.Share), ("wechat", MarkupTokenCategory.Share),
        ("advert", MarkupTokenCategory.Advertising), ("sponsor", MarkupTokenCategory.Advertising), ("banner", MarkupTokenCategory.Advertising),
        ("adsense", MarkupTokenCategory.Advertising), ("sidebar", MarkupTokenCategory.Sidebar), ("widget", MarkupTokenCategory.Sidebar),
        ("content", MarkupTokenCategory.Content), ("article", MarkupTokenCategory.Content), ("story", MarkupTokenCategory.Content),
        ("detail", MarkupTokenCategory.Content), ("paragraph", MarkupTokenCategory.Content), ("prose", MarkupTokenCategory.Content),
        ("markdown", MarkupTokenCategory.Content), ("zhengwen", MarkupTokenCategory.Content), ("header", MarkupTokenCategory.Header),
        ("masthead", MarkupTokenCategory.Header), ("author", MarkupTokenCategory.Byline), ("byline", MarkupTokenCategory.Byline),
        ("publish", MarkupTokenCategory.Byline), ("dateline", MarkupTokenCategory.Byline), ("pubtime", MarkupTokenCategory.Byline),
        ("title", MarkupTokenCategory.Title), ("headline", MarkupTokenCategory.Title), ("heading", MarkupTokenCategory.Title),
        ("invisible", MarkupTokenCategory.Hidden), ("sr-only", MarkupTokenCategory.Hidden), ("screen-reader", MarkupTokenCategory.Hidden),
        ("visually-hidden", MarkupTokenCategory.Hidden), ("offscreen", MarkupTokenCategory.Hidden), ("category", MarkupTokenCategory.Tags),
        ("keyword", MarkupTokenCategory.Tags), ("pagination", MarkupTokenCategory.Pagination), ("pager", MarkupTokenCategory.Pagination),
        ("login", MarkupTokenCategory.Form), ("signin", MarkupTokenCategory.Form), ("register", MarkupTokenCategory.Form),
        ("subscribe", MarkupTokenCategory.Form), ("newsletter", MarkupTokenCategory.Form), ("cookie", MarkupTokenCategory.Popup),
        ("consent", MarkupTokenCategory.Popup), ("gdpr", MarkupTokenCategory.Popup),
    ];

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> WholeTokenFlags = ByWord(WholeTokens).GetAlternateLookup<ReadOnlySpan<char>>();

    // Inside a token (letters and digits only) a hyphenated word cannot occur: those are searched in the whole value.
    private static readonly PhraseIndex InsideTokens = ByCategory(Substrings.Where(s => !s.Word.Contains('-', StringComparison.Ordinal)));
    private static readonly (string Word, MarkupTokenCategory Category)[] Hyphenated = [.. Substrings.Where(s => s.Word.Contains('-', StringComparison.Ordinal))];

    /// <summary>Returns the categories named by <paramref name="attributeValue"/> as a bit set (bit = category).</summary>
    public static int Match(string? attributeValue)
    {
        if (string.IsNullOrEmpty(attributeValue)) return 0;
        int flags = 0;
        ReadOnlySpan<char> s = attributeValue;
        Span<char> lower = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        InvariantLowerCase.Lower(s, lower);
        int start = 0;
        for (int i = 0; i <= lower.Length; i++)
        {
            if (i < lower.Length && char.IsAsciiLetterOrDigit(lower[i])) continue;
            if (i > start) flags |= MatchToken(lower[start..i]);
            start = i + 1;
        }
        // Hyphenated names like "sr-only" span two tokens.
        foreach (var (word, category) in Hyphenated)
        {
            if (lower.IndexOf(word, StringComparison.Ordinal) >= 0) flags |= 1 << (int)category;
        }
        return flags;
    }

    private static int MatchToken(ReadOnlySpan<char> token)
    {
        int flags = WholeTokenFlags.TryGetValue(token, out int whole) ? whole : 0;
        return token.Length < 4 ? flags : flags | InsideTokens.Match(token);
    }

    private static Dictionary<string, int> ByWord(IEnumerable<(string Word, MarkupTokenCategory Category)> words)
    {
        var flags = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, category) in words) flags[word] = flags.GetValueOrDefault(word) | (1 << (int)category);
        return flags;
    }

    private static PhraseIndex ByCategory(IEnumerable<(string Word, MarkupTokenCategory Category)> words)
    {
        var groups = new List<string>[CategoryCount];
        for (int c = 0; c < CategoryCount; c++) groups[c] = [];
        foreach (var (word, category) in words) groups[(int)category].Add(word);
        return new PhraseIndex(groups);
    }
}
