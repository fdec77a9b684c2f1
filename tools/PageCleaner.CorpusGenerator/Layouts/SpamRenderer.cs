using PageCleaner.CorpusGenerator.Markup;
using PageCleaner.CorpusGenerator.Parts;
using PageCleaner.CorpusGenerator.Planning;
using PageCleaner.CorpusGenerator.Randomness;

namespace PageCleaner.CorpusGenerator.Layouts;

/// <summary>Renders injected spam: keyword link blocks and "spider pool" title lists, and spam comments, all labeled spam.</summary>
internal static class SpamRenderer
{
    private static readonly string[] Tlds =
    [
        ".xyz", ".top", ".cc", ".vip", ".icu", ".club", ".shop", ".live", ".site", ".online", ".com", ".net", ".info",
        ".bet", ".win", ".asia", ".pro", ".fun", ".buzz", ".link",
    ];

    private static readonly string[] Separators = ["|", " | ", "| ", " ", " - ", "、", ", ", " · ", "  "];

    /// <summary>A host name of the random-looking kind spam links point to.</summary>
    public static string Host(Rng rng)
    {
        string name = rng.Next(4) switch
        {
            0 => rng.Token(rng.Between(3, 6), "abcdefghijklmnopqrstuvwxyz") + rng.Token(rng.Between(1, 4), "0123456789"),
            1 => rng.Token(rng.Between(4, 8), "abcdefghijklmnopqrstuvwxyz") + "-" + rng.Token(rng.Between(2, 5)),
            2 => rng.Token(rng.Between(2, 4), "0123456789") + rng.Token(rng.Between(2, 5), "abcdefghijklmnopqrstuvwxyz"),
            _ => rng.Token(rng.Between(5, 10)),
        };
        string sub = rng.Chance(0.3) ? rng.Pick(["www.", "m.", "vip.", "h5.", "app."]) : "";
        return sub + name + rng.Pick(Tlds);
    }

    public static string Url(Rng rng)
    {
        string host = Host(rng);
        return rng.Next(4) switch
        {
            0 => $"http://{host}/",
            1 => $"https://{host}/{rng.Token(rng.Between(2, 6))}",
            2 => $"http://{host}/?id={rng.Between(100, 99999)}",
            _ => $"https://{host}/{rng.Token(3, "abcdefghijklmnopqrstuvwxyz")}/{rng.Between(1, 9999)}.html",
        };
    }

    /// <summary>A spam block at the writer's current position, wrapped in its hiding method, labeled spam.</summary>
    public static void Block(PageContext ctx, SpamPlan spam)
    {
        Rng rng = ctx.Rng;
        MarkupWriter w = ctx.W;
        SpamVocabulary sv = ctx.Parts.Spam[spam.Language];
        List<string> keywords = rng.Sample(sv.Keywords, rng.Between(5, Math.Min(rng.Chance(0.3) ? 40 : 18, sv.Keywords.Count)));
        string separator = spam.Language is "zh-hans" or "ja" ? rng.Pick(Separators) : rng.Pick(["|", " | ", "| ", " ", " - ", ", ", " · "]);
        // Spider-pool templates print "label: a| b| c|" on one line: the prefix inline and a separator after every title.
        string? inlinePrefix = rng.Chance(0.3) ? rng.Pick(sv.Prefixes).TrimEnd(':', '：') + rng.Pick([": ", ":", "："]) : null;
        bool trailing = rng.Chance(0.3);
        bool marquee = spam.Hiding.Method == HidingMethod.Marquee;
        string wrapper = rng.Pick(["div", "div", "div", "p", "section", "span", "font"]);
        if (spam.Placement == SpamPlacement.Sidebar) wrapper = "div";
        // Inside the article the container may hold loose text (<br><br> paragraphs): an inline wrapper would run into
        // the next paragraph's block, so there the spam gets a block of its own.
        if (spam.Placement is (SpamPlacement.InArticle or SpamPlacement.AfterArticle) && wrapper is ("span" or "font")) wrapper = rng.Pick(["div", "p"]);
        string attrs = Join(
            rng.Chance(0.5) ? $"class=\"{rng.Token(1, "abcdefghijklmnopqrstuvwxyz")}{rng.Token(rng.Between(2, 6))}\"" : null,
            rng.Chance(0.3) ? $"id=\"{rng.Token(1, "abcdefghijklmnopqrstuvwxyz")}{rng.Token(rng.Between(3, 8))}\"" : null);
        if (spam.Hiding.Method == HidingMethod.CssClass) attrs = spam.Hiding.Attributes + (attrs.Contains("id=", StringComparison.Ordinal) ? attrs[attrs.IndexOf("id=", StringComparison.Ordinal)..].Insert(0, " ") : "");
        else attrs = Join(attrs, spam.Hiding.Attributes);

        if (marquee && IsInline(wrapper)) wrapper = "div";
        int depth = w.Depth;
        if (marquee)
        {
            w.Open("marquee", rng.Pick(["", "scrollamount=\"3\"", "direction=\"left\" width=\"100%\"", "behavior=\"scroll\""]), Label.Spam);
            w.Open(wrapper, null);
        }
        else
        {
            w.Open(wrapper, attrs, Label.Spam, hidden: spam.Hiding.OffScreen);
        }

        if (inlinePrefix is null && (spam.Placement == SpamPlacement.Sidebar || rng.Chance(0.35)))
        {
            string prefix = rng.Pick(sv.Prefixes);
            w.Element(IsInline(wrapper) && !marquee ? rng.Pick(["strong", "b", "span"]) : rng.Pick(["strong", "h3", "h4", "div", "b", "p"]), null, prefix);
        }

        switch (inlinePrefix is not null ? rng.Pick([0, 1, 4]) : rng.Next(5))
        {
            case 0:
                w.Element(InnerTag(wrapper), null, Prefixed(inlinePrefix, Links(rng, keywords, separator, trailing)));
                break;
            case 1:
                // A plain keyword list joined by '|', as spider-pool templates print it.
                string joiner = rng.Pick(["|", "|", " | ", "| ", " "]);
                w.Element(InnerTag(wrapper), null, Rich.Of((inlinePrefix ?? "") + string.Join(joiner, keywords) + (trailing ? joiner.TrimEnd() : "")));
                break;
            case 2:
                if (IsInline(wrapper) && !marquee)
                {
                    w.Element("span", null, Links(rng, keywords, separator));
                    break;
                }
                w.Open("ul", null);
                foreach (string k in keywords) w.Element("li", null, new Rich().Link(k, Url(rng)));
                w.Close();
                break;
            case 3:
                for (int i = 0; i < keywords.Count; i += 4)
                {
                    w.Element(InnerTag(wrapper), null, Links(rng, keywords.GetRange(i, Math.Min(4, keywords.Count - i)), separator));
                }
                break;
            default:
                var rich = new Rich();
                if (inlinePrefix is not null) rich.Text(inlinePrefix);
                for (int i = 0; i < keywords.Count; i++)
                {
                    if (i > 0) rich.Text(separator);
                    if (rng.Chance(0.6)) rich.Link(keywords[i], Url(rng));
                    else rich.Text(keywords[i]);
                }
                if (trailing) rich.Text(separator.TrimEnd());
                w.Element(InnerTag(wrapper), null, rich);
                break;
        }
        w.CloseTo(depth);
    }

    /// <summary>The body of a spam comment, reply or review: a sentence or two and some links.</summary>
    public static Rich CommentText(PageContext ctx, SpamPlan spam)
    {
        Rng rng = ctx.Rng;
        SpamVocabulary sv = ctx.Parts.Spam[spam.Language];
        var rich = new Rich().Text(rng.Pick(sv.Sentences));
        foreach (string k in rng.Sample(sv.Keywords, rng.Between(1, 4)))
        {
            rich.Text(" ");
            rich.Link(k, Url(rng));
        }
        return rich;
    }

    public static string UserName(PageContext ctx, SpamPlan spam) => ctx.Rng.Pick(ctx.Parts.Spam[spam.Language].Users);

    private static Rich Links(Rng rng, List<string> keywords, string separator, bool trailing = false)
    {
        var links = new List<(string, string)>();
        foreach (string k in keywords) links.Add((k, Url(rng)));
        Rich row = Rich.LinkRow(links, separator);
        if (trailing) row.Text(separator.TrimEnd());
        return row;
    }

    /// <summary>A link row with its label in front ("友情链接: a| b| c"); still a link row for the dumps that split them.</summary>
    private static Rich Prefixed(string? prefix, Rich row)
    {
        if (prefix is null) return row;
        var rich = Rich.LinkRow([], "");
        rich.Text(prefix);
        foreach (Run run in row.Runs)
        {
            if (run.Kind == RunKind.Link) rich.Link(run.Text, run.Attribute ?? "#");
            else rich.Text(run.Text);
        }
        return rich;
    }

    private static bool IsInline(string wrapper) => wrapper is "span" or "font" or "p";

    private static string InnerTag(string wrapper) => IsInline(wrapper) ? "span" : "div";

    private static string Join(params string?[] parts)
    {
        var list = new List<string>();
        foreach (string? p in parts) if (!string.IsNullOrEmpty(p)) list.Add(p);
        return string.Join(" ", list);
    }
}
