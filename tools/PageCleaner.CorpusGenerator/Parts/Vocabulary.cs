using System.Globalization;
using System.Text;
using PageCleaner.CorpusGenerator.Randomness;

namespace PageCleaner.CorpusGenerator.Parts;

/// <summary>
/// The furniture words of one language: lists (<c>[menu]</c>, <c>[teasers]</c>, ...) and single UI strings from the
/// <c>[ui]</c> section (<c>key = value</c>). Templates use <c>{name}</c>, <c>{date}</c>, <c>{n}</c>, ... placeholders.
/// </summary>
internal sealed class Vocabulary
{
    /// <summary>Sections every furniture file must have.</summary>
    public static readonly string[] RequiredLists =
    [
        "sites", "names", "users", "menu", "sections", "related", "hot", "recommended", "latest", "teasers", "byline",
        "source", "editor", "proofreader", "disclaimer", "copyright", "footer", "app", "cookie", "cookie-buttons",
        "share-targets", "comments", "tags", "bios", "months", "date-formats", "signatures", "reviews", "docs-pages",
        "products", "forums", "shops", "docs-sites", "categories", "threads", "forum-menu",
    ];

    /// <summary>Keys every <c>[ui]</c> section must define.</summary>
    public static readonly string[] RequiredUi =
    [
        "reply", "quote", "report", "posts", "joined", "thread-stats", "board-index", "add-to-cart", "buy-now", "in-stock",
        "shipping", "reviews", "rating", "description", "specs", "also-bought", "quantity", "price", "on-this-page",
        "edit-page", "helpful", "yes", "no", "updated", "version", "docs-home", "copy", "prev", "next", "page-of", "more",
        "prev-article", "next-article", "tags", "newsletter", "subscribe", "email", "search", "login", "register", "views",
        "read-more", "ads", "back-to-top", "here", "home", "comments", "comment-login", "comment-post", "comment-none",
        "comment-count", "share", "about-author", "print", "font", "thread-tree",
    ];

    private readonly SectionFile _file;
    private readonly Dictionary<string, string> _ui;

    public Vocabulary(string language, SectionFile file)
    {
        Language = language;
        _file = file;
        foreach (string name in RequiredLists) file.Get(name);
        if (file.Get("months").Count != 12) throw new PartsException($"{file.Path}: [months] needs 12 lines");
        _ui = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in file.Get("ui"))
        {
            int eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) throw new PartsException($"{file.Path}: [ui] line '{line}' is not 'key = value'");
            _ui[line[..eq].Trim()] = line[(eq + 1)..].Trim();
        }
        foreach (string key in RequiredUi)
        {
            if (!_ui.ContainsKey(key)) throw new PartsException($"{file.Path}: [ui] has no '{key} = ...'");
        }
    }

    public string Language { get; }

    public IReadOnlyList<string> List(string name) => _file.Get(name);

    public IReadOnlyList<string> Optional(string name) => _file.GetOrEmpty(name);

    public string Pick(Rng rng, string name) => rng.Pick(_file.Get(name));

    public string Ui(string key) => _ui.TryGetValue(key, out string? value) ? value : throw new PartsException($"{_file.Path}: [ui] has no '{key}'");

    /// <summary>Fills <c>{key}</c> placeholders; unknown placeholders are left as they are.</summary>
    public static string Fill(string template, params ReadOnlySpan<(string Key, string Value)> values)
    {
        var sb = new StringBuilder(template);
        foreach (var (key, value) in values) sb.Replace("{" + key + "}", value);
        return sb.ToString();
    }

    /// <summary>Formats a date with one of the language's patterns: {yyyy} {MM} {M} {dd} {d} {HH} {mm} {ss} {month}.</summary>
    public string FormatDate(DateTime date, string pattern)
    {
        IFormatProvider inv = CultureInfo.InvariantCulture;
        return Fill(pattern,
            ("yyyy", date.Year.ToString(inv)),
            ("MM", date.Month.ToString("00", inv)),
            ("M", date.Month.ToString(inv)),
            ("dd", date.Day.ToString("00", inv)),
            ("d", date.Day.ToString(inv)),
            ("HH", date.Hour.ToString("00", inv)),
            ("mm", date.Minute.ToString("00", inv)),
            ("ss", date.Second.ToString("00", inv)),
            ("month", List("months")[date.Month - 1]));
    }
}
