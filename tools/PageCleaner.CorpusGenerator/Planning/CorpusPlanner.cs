using PageCleaner.CorpusGenerator.Markup;
using PageCleaner.CorpusGenerator.Parts;
using PageCleaner.CorpusGenerator.Randomness;

namespace PageCleaner.CorpusGenerator.Planning;

/// <summary>
/// Decides every generated file: which article, page kind, layout, length, encoding and spam it gets and how a dump
/// is written. Articles are used in turn (reshuffled each round) so each is rendered a similar number of times.
/// </summary>
internal sealed class CorpusPlanner(PartsLibrary parts, GeneratorSettings settings)
{
    private static readonly string[] HeldOutKindRotation = ["news", "blog", "forum", "product", "docs"];

    private static readonly Dictionary<string, (int CodePage, string[] Labels)> Legacy = new(StringComparer.Ordinal)
    {
        ["zh-hans"] = (936, ["gbk", "gb2312", "GB2312", "GBK"]),
        ["zh-hant"] = (950, ["big5", "Big5", "BIG5"]),
        ["ja"] = (932, ["shift_jis", "Shift_JIS", "x-sjis"]),
        ["ko"] = (949, ["euc-kr", "EUC-KR", "ks_c_5601-1987"]),
        ["ru"] = (1251, ["windows-1251", "Windows-1251", "cp1251"]),
    };

    private static readonly HidingMethod[] HiddenMethods =
    [
        HidingMethod.DisplayNone, HidingMethod.VisibilityHidden, HidingMethod.FontSizeZero, HidingMethod.OpacityZero,
        HidingMethod.OnePixelBox, HidingMethod.OffscreenLeft, HidingMethod.TextIndent, HidingMethod.ClipRect,
        HidingMethod.HiddenAttribute, HidingMethod.AriaHidden, HidingMethod.Marquee, HidingMethod.CssClass,
    ];

    /// <summary>Ids of the articles whose pages are all held out (filled by <see cref="Plan"/>).</summary>
    public HashSet<string> HeldOutIds { get; } = new(StringComparer.Ordinal);

    public List<PagePlan> Plan()
    {
        HashSet<string> heldOut = HeldOutArticles();
        HeldOutIds.UnionWith(heldOut);
        var names = new NameAllocator(settings.SplitPrefix);
        var all = new List<ArticlePart>();
        foreach (var (language, list) in parts.Articles)
        {
            all.AddRange(list);
            // Chinese pages come twice as often: portals and content farms like the seeds are the cleaner's main target.
            if (language.StartsWith("zh", StringComparison.Ordinal)) all.AddRange(list);
        }

        var plans = new List<PagePlan>(settings.Pages + settings.Dumps);
        var order = new Rng((ulong)settings.Seed ^ 0x5EEDUL);
        var cycle = new List<ArticlePart>();
        for (int i = 0; i < settings.Pages + settings.Dumps; i++)
        {
            if (cycle.Count == 0)
            {
                cycle.AddRange(all);
                order.Shuffle(cycle);
            }
            ArticlePart article = cycle[^1];
            cycle.RemoveAt(cycle.Count - 1);
            bool dump = i >= settings.Pages;
            int index = dump ? i - settings.Pages : i;
            plans.Add(PlanOne(article, dump, index, heldOut.Contains(article.Id), names));
        }
        return plans;
    }

    /// <summary>
    /// One article per language is held out (all its pages land in the held-out part), its kind rotating over the
    /// languages so that every kind is represented there.
    /// </summary>
    private HashSet<string> HeldOutArticles()
    {
        var held = new HashSet<string>(StringComparer.Ordinal);
        int i = 0;
        foreach (var (_, list) in parts.Articles)
        {
            string kind = HeldOutKindRotation[i++ % HeldOutKindRotation.Length];
            ArticlePart pick = list.Find(a => a.Kind == kind) ?? list[0];
            if (list.Count > 1) held.Add(pick.Id);
        }
        return held;
    }

    private PagePlan PlanOne(ArticlePart article, bool dump, int index, bool heldOut, NameAllocator names)
    {
        Rng rng = Rng.For(settings.Seed, dump ? "dump" : "page", index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        string language = article.Language;
        string kind = article.Kind;
        // Chinese news becomes portal and content-farm pages (the seeds' kinds); content farms copy blogs too.
        double x = rng.NextDouble();
        kind = (language, kind) switch
        {
            ("zh-hans", "news") => x < 0.45 ? "portal" : x < 0.6 ? "farm" : kind,
            ("zh-hans", "blog") => x < 0.2 ? "farm" : kind,
            ("zh-hant", "news") => x < 0.5 ? "farm" : x < 0.75 ? "portal" : kind,
            ("zh-hant", "blog") => x < 0.4 ? "farm" : kind,
            _ => kind,
        };

        (LayoutSpec Layout, double Weight)[] layouts = LayoutSpec.For(kind);
        var weights = new double[layouts.Length];
        for (int i = 0; i < layouts.Length; i++) weights[i] = layouts[i].Weight;
        LayoutSpec layout = layouts[rng.Weighted(weights)].Layout;

        Length length = (Length)rng.Weighted([0.55, 0.25, 0.2]);

        EncodingPlan encoding = EncodingPlan.Utf8Meta;
        if (!dump && kind != "farm" && Legacy.TryGetValue(language, out var legacy) && rng.Chance(0.22))
        {
            string declaration = rng.Chance(0.3) ? "none" : rng.Chance(0.5) ? "meta-charset" : "http-equiv";
            encoding = new EncodingPlan(legacy.CodePage, rng.Pick(legacy.Labels), declaration);
        }
        else if (rng.Chance(0.15))
        {
            encoding = new EncodingPlan(65001, rng.Pick(["utf-8", "UTF-8", "utf8"]), rng.Chance(0.3) ? "none" : rng.Chance(0.5) ? "meta-charset" : "http-equiv");
        }

        var spam = new List<SpamPlan>();
        double spamChance = kind == "farm" ? 0.7 : 0.45;
        if (rng.Chance(spamChance))
        {
            int count = rng.Chance(0.25) ? 2 : 1;
            for (int s = 0; s < count; s++) spam.Add(PlanSpam(rng, language, kind));
        }

        DumpStyle? style = dump
            ? new DumpStyle(rng.Pick(["none", "paragraphs", "paragraphs", "every"]), rng.Pick(["none", "none", "zone", "depth"]), rng.Chance(0.5), rng.Chance(0.35), rng.Chance(0.3))
            : null;

        string file = names.Next(dump ? "text" : "html", $"{language}-{kind}", dump ? ".labeled.txt" : ".html", heldOut);
        return new PagePlan(file, language, kind, article, layout, length, encoding, spam, style, heldOut, (long)rng.NextUInt64());
    }

    private SpamPlan PlanSpam(Rng rng, string language, string kind)
    {
        string spamLanguage;
        if (kind == "farm" || (kind == "portal" && rng.Chance(0.7))) spamLanguage = "zh-hans";
        else
        {
            // Injected spam is often in another language than the page: every spam language gets a fair share.
            double x = rng.NextDouble();
            if (x < 0.3 && parts.Spam.ContainsKey(language)) spamLanguage = language;
            else if (x < 0.45) spamLanguage = "zh-hans";
            else if (x < 0.55) spamLanguage = "en";
            else spamLanguage = rng.Pick([.. parts.Spam.Keys]);
            if (!parts.Spam.ContainsKey(spamLanguage)) spamLanguage = rng.Pick([.. parts.Spam.Keys]);
        }

        SpamPlacement placement = kind == "farm"
            ? rng.Pick([SpamPlacement.BodyEnd, SpamPlacement.AfterHtml, SpamPlacement.Footer, SpamPlacement.BodyEnd, SpamPlacement.AfterArticle, SpamPlacement.InArticle])
            : (SpamPlacement)rng.Weighted([8, 20, 15, 12, 12, 8, 8, 10]);

        HidingMethod method;
        if (placement == SpamPlacement.Comment) method = rng.Chance(0.85) ? HidingMethod.Visible : HidingMethod.DisplayNone;
        else if (kind == "farm") method = rng.Chance(0.7) ? HidingMethod.Visible : rng.Pick(HiddenMethods);
        else method = rng.Chance(0.3) ? HidingMethod.Visible : rng.Pick(HiddenMethods);
        return new SpamPlan(spamLanguage, placement, Hiding.Create(method, rng));
    }
}
