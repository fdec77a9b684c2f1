using PageCleaner.SpamInjection.Spam;

namespace PageCleaner.SpamInjection.Injection;

/// <summary>
/// Puts spam lines into a text dump (one block per line): among the article's lines, after its last line, or at the
/// end. Only the visible forms exist in a dump: a row of link titles or a line of keywords.
/// </summary>
internal static class DumpInjector
{
    /// <summary>The places a dump has (there is no <c>&lt;/html&gt;</c>).</summary>
    public static IReadOnlyList<Place> Places { get; } = [Place.InsideArticle, Place.ArticleEnd, Place.PageEnd];

    /// <summary>The methods a dump has.</summary>
    public static IReadOnlyList<HidingMethod> Methods { get; } = [HidingMethod.VisibleLinks, HidingMethod.KeywordLine];

    /// <summary>A line counts as article when at least this share of its tokens occur in the expected text.</summary>
    public const double ArticleLineShare = 0.6;

    /// <summary>Injects <paramref name="block"/> into <paramref name="dump"/>.</summary>
    public static InjectedPage Inject(string dump, string expected, SpamBlock block, HidingMethod method, Place place, Random random)
    {
        if (!Methods.Contains(method)) throw new ArgumentException($"a dump has no {method} (only visible link rows and keyword lines)", nameof(method));
        if (!Places.Contains(place)) throw new ArgumentException($"a dump has no {place}", nameof(place));
        var lines = dump.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').ToList();
        var (first, last) = ArticleLines(lines, expected);
        int at = place switch
        {
            Place.InsideArticle when first >= 0 && last > first => first + (last - first + 1) / 2,
            Place.InsideArticle or Place.ArticleEnd when last >= 0 => last + 1,
            _ => lines.Count,
        };
        lines.InsertRange(at, SpamLines(block, method, random));
        return new InjectedPage(string.Join('\n', lines) + "\n", block.Phrases, method, place, block.Language);
    }

    /// <summary>The first and last line that reads as article (-1 when none does).</summary>
    public static (int First, int Last) ArticleLines(IReadOnlyList<string> lines, string expected)
    {
        var truth = new HashSet<string>(TruthTokens.Of(expected), StringComparer.Ordinal);
        int first = -1, last = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            var tokens = TruthTokens.Of(lines[i]).ToList();
            if (tokens.Count < 3 || tokens.Count(truth.Contains) < ArticleLineShare * tokens.Count) continue;
            if (first < 0) first = i;
            last = i;
        }
        return (first, last);
    }

    private static List<string> SpamLines(SpamBlock block, HidingMethod method, Random random)
    {
        if (method == HidingMethod.KeywordLine) return [string.Join(block.Half == SpamHalf.Eval ? (random.Next(2) == 0 ? " " : ", ") : "; ", block.Phrases)];
        // Scrapers either keep a row of links on one line or give each link its own line.
        return random.Next(2) == 0 ? [string.Join(" | ", block.Phrases)] : [.. block.Phrases];
    }
}
