using System.Globalization;
using PageCleaner.CorpusGenerator.Markup;
using PageCleaner.CorpusGenerator.Parts;
using PageCleaner.CorpusGenerator.Planning;
using PageCleaner.CorpusGenerator.Randomness;

namespace PageCleaner.CorpusGenerator.Layouts;

/// <summary>
/// The state of one page being rendered: its plan, words, random source, writer and class names, plus the site,
/// date and author chosen for it. Renderers read it and write through <see cref="W"/>.
/// </summary>
internal sealed class PageContext
{
    private readonly List<SpamPlan> _pendingSpam;
    private readonly IReadOnlySet<string> _heldOutIds;
    private readonly string _datePattern;
    private readonly string _listDatePattern;

    public PageContext(PagePlan plan, PartsLibrary parts, IReadOnlySet<string> heldOutIds)
    {
        Plan = plan;
        _heldOutIds = heldOutIds;
        Parts = parts;
        V = parts.Furniture[plan.Language];
        Rng = new Rng((ulong)plan.Seed);
        N = new ClassNamer(plan.Layout.Naming, Rng);
        // Traditional-Chinese content farms convert their copies and leave pinyin behind; Simplified ones do not.
        Func<string, string>? transform = plan.Kind == "farm" && plan.Language == "zh-hant" ? new PinyinAnnotator(parts.Pinyin, Rng).Annotate : null;
        W = new MarkupWriter((Formatting)Rng.Weighted([0.45, 0.35, 0.2]), transform, Rng.Chance(0.5));
        Site = V.Pick(Rng, plan.Kind switch { "forum" => "forums", "product" => "shops", "docs" => "docs-sites", _ => "sites" });
        Domain = MakeDomain();
        Date = new DateTime(2021, 1, 1, 0, 0, 0, DateTimeKind.Unspecified)
            .AddDays(Rng.Next(1750)).AddMinutes(Rng.Between(6 * 60, 23 * 60 + 59)).AddSeconds(Rng.Next(60));
        _datePattern = V.Pick(Rng, "date-formats");
        _listDatePattern = Rng.Chance(0.5) ? _datePattern : V.Pick(Rng, "date-formats");
        Author = plan.Article.Author ?? V.Pick(Rng, "names");
        Section = V.Pick(Rng, plan.Kind switch { "product" => "categories", "docs" => "docs-pages", "forum" => "tags", _ => "sections" });
        Body = ChooseBody(plan.Article.Blocks, plan.Length);
        Replies = plan.Length == Length.Short && plan.Article.Replies.Count > 1 ? [plan.Article.Replies[0]] : plan.Article.Replies;
        _pendingSpam = [.. plan.Spam];
    }

    public PagePlan Plan { get; }

    public PartsLibrary Parts { get; }

    public Vocabulary V { get; }

    public Rng Rng { get; }

    public ClassNamer N { get; }

    public MarkupWriter W { get; }

    public string Site { get; }

    public string Domain { get; }

    public DateTime Date { get; }

    public string Author { get; }

    public string Section { get; }

    public IReadOnlyList<ArticleBlock> Body { get; }

    public IReadOnlyList<ForumPost> Replies { get; }

    public string Language => Plan.Language;

    public LayoutSpec Layout => Plan.Layout;

    public ArticlePart Article => Plan.Article;

    /// <summary>The HTML5 element when the layout uses them, else a div.</summary>
    public string Tag(string semantic) => Layout.Semantic ? semantic : "div";

    /// <summary>Whether a spam block still waits for <paramref name="placement"/>.</summary>
    public bool SpamWaits(SpamPlacement placement) => _pendingSpam.Exists(s => s.Placement == placement);

    /// <summary>Takes the spam blocks planned for a placement (each is rendered once).</summary>
    public List<SpamPlan> TakeSpam(SpamPlacement placement)
    {
        var taken = _pendingSpam.FindAll(s => s.Placement == placement);
        _pendingSpam.RemoveAll(s => s.Placement == placement);
        RenderedSpam.AddRange(taken);
        return taken;
    }

    /// <summary>The spam blocks as they were placed (for the manifest).</summary>
    public List<SpamPlan> RenderedSpam { get; } = [];

    /// <summary>Renders any spam planned for a placement here.</summary>
    public void Spam(SpamPlacement placement)
    {
        foreach (SpamPlan spam in TakeSpam(placement)) SpamRenderer.Block(this, spam);
    }

    /// <summary>Spam whose placement the layout never reached is put at the end of the body.</summary>
    public void SpamLeftovers()
    {
        foreach (SpamPlan spam in _pendingSpam)
        {
            if (spam.Placement == SpamPlacement.AfterHtml) continue;
            SpamPlan moved = spam with { Placement = SpamPlacement.BodyEnd };
            RenderedSpam.Add(moved);
            SpamRenderer.Block(this, moved);
        }
        _pendingSpam.RemoveAll(s => s.Placement != SpamPlacement.AfterHtml);
    }

    /// <summary>A date in the page's date format (one per page, as a site's templates print them).</summary>
    public string Format(DateTime date) => V.FormatDate(date, _datePattern);

    /// <summary>A date in the page's second format, used by its lists and comment widgets.</summary>
    public string FormatShort(DateTime date) => V.FormatDate(date, _listDatePattern);

    /// <summary>A date a little before the article's, for teasers and comments.</summary>
    public DateTime NearDate(int maxDaysBefore, int maxDaysAfter = 0) =>
        Date.AddDays(-Rng.Next(maxDaysBefore + 1) + Rng.Next(maxDaysAfter + 1)).AddMinutes(-Rng.Next(1440));

    public string Number(int min, int max) => Rng.Between(min, max).ToString(CultureInfo.InvariantCulture);

    /// <summary>A site-internal link in one of the URL shapes portals, blogs and shops use.</summary>
    public string Href()
    {
        string id = Number(10000, 9999999);
        return Rng.Next(7) switch
        {
            0 => $"/news/{Date.Year}/{Date.Month:00}/{id}.html",
            1 => $"/a/{Date:yyyyMMdd}/{id}.shtml",
            2 => $"/article/{id}",
            3 => $"/?p={id}",
            4 => $"https://{Domain}/{Section.Length % 5}/{id}.htm",
            5 => $"/{Rng.Token(4, "abcdefghijklmnopqrstuvwxyz")}/{id}/",
            _ => $"/detail/{id}.html",
        };
    }

    /// <summary>
    /// Teasers for lists: titles of other articles of the language and kind family (with their openings as
    /// snippets), and the language's teaser titles of that family (without snippets).
    /// </summary>
    public List<(string Title, string? Snippet)> Teasers(int count)
    {
        string family = Plan.Kind switch { "forum" => "threads", "product" => "products", "docs" => "docs-pages", _ => "teasers" };
        var pool = new List<(string, string?)>();
        foreach (string t in V.List(family)) pool.Add((t, null));
        foreach (ArticlePart other in SamePool())
        {
            bool sameFamily = family switch
            {
                "threads" => other.Kind == "forum",
                "products" => other.Kind == "product",
                "docs-pages" => other.Kind == "docs",
                _ => other.Kind is "news" or "blog",
            };
            if (sameFamily) pool.Add((other.Title, TextCut.Cut(other.FirstParagraph, Language, Rng.Between(22, 40), Rng.Between(80, 140), Rng.Chance(0.7) ? "..." : "…")));
        }
        return Rng.Sample(pool, count);
    }

    public List<string> TeaserTitles(int count) => Teasers(count).ConvertAll(t => t.Title);

    private List<ArticlePart> SamePool()
    {
        var list = new List<ArticlePart>();
        foreach (ArticlePart a in Parts.Articles[Language])
        {
            // Only articles on this page's side of the held-out split: held-out article text never shows up in
            // training pages as furniture, nor training text in held-out pages.
            if (a.Id != Article.Id && _heldOutIds.Contains(a.Id) == Plan.HeldOut) list.Add(a);
        }
        return list;
    }

    private string MakeDomain()
    {
        string tld = Rng.Pick<string>(Language switch
        {
            "zh-hans" => [".com.cn", ".cn", ".com", ".net"],
            "zh-hant" => [".com.tw", ".tw", ".hk", ".com"],
            "ja" => [".jp", ".co.jp", ".com"],
            "ko" => [".co.kr", ".kr", ".com"],
            "ru" => [".ru", ".рф", ".com"],
            "de" => [".de", ".at", ".ch"],
            "fr" => [".fr", ".be", ".com"],
            "es" => [".es", ".com.mx", ".com.ar"],
            "pt" => [".com.br", ".pt", ".com"],
            "ar" => [".com", ".net", ".sa", ".eg"],
            "id" => [".co.id", ".id", ".com"],
            "vi" => [".vn", ".com.vn", ".net"],
            _ => [".com", ".org", ".net", ".co.uk"],
        });
        return "www." + Rng.Token(Rng.Between(4, 9), "abcdefghijklmnopqrstuvwxyz") + tld;
    }

    private IReadOnlyList<ArticleBlock> ChooseBody(IReadOnlyList<ArticleBlock> blocks, Length length)
    {
        if (length == Length.Full) return blocks;
        if (length == Length.Short)
        {
            var prose = new List<ArticleBlock>();
            foreach (ArticleBlock b in blocks)
            {
                if (b.IsProse) prose.Add(b);
                if (prose.Count == 2) break;
            }
            return prose;
        }
        // Trimmed: keep the opening, drop a run of blocks in the middle (never a heading without what follows it).
        if (blocks.Count < 6) return blocks;
        int from = Rng.Between(2, blocks.Count / 2);
        int count = Rng.Between(1, Math.Max(1, blocks.Count / 3));
        var kept = new List<ArticleBlock>();
        for (int i = 0; i < blocks.Count; i++)
        {
            if (i >= from && i < from + count) continue;
            kept.Add(blocks[i]);
        }
        while (kept.Count > 0 && kept[^1].Kind is BlockKind.Heading or BlockKind.Subheading) kept.RemoveAt(kept.Count - 1);
        return kept;
    }
}
