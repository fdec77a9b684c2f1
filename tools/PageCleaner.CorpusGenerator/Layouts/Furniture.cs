using PageCleaner.CorpusGenerator.Markup;
using PageCleaner.CorpusGenerator.Parts;
using PageCleaner.CorpusGenerator.Planning;
using PageCleaner.CorpusGenerator.Randomness;

namespace PageCleaner.CorpusGenerator.Layouts;

/// <summary>
/// Page furniture (boilerplate): navigation, breadcrumbs, teaser lists, share bars, tags, author boxes, editor and
/// disclaimer lines, app prompts, comments, pagination, newsletter boxes, ads, footers and cookie banners. Each piece
/// labels itself boilerplate when it is placed inside the article container, and is left unlabeled elsewhere.
/// </summary>
internal static class Furniture
{
    /// <summary>Boilerplate when inside content (so the piece does not inherit the article's label), else no label.</summary>
    public static Label? Guard(PageContext ctx) => ctx.W.CurrentLabel == Label.Content ? Label.Boilerplate : null;

    public static void Nav(PageContext ctx)
    {
        Rng rng = ctx.Rng;
        MarkupWriter w = ctx.W;
        string list = ctx.Plan.Kind switch { "forum" => "forum-menu", "product" => "categories", "docs" => "docs-pages", _ => "menu" };
        List<string> items = rng.Sample(ctx.V.List(list), rng.Between(Math.Min(5, ctx.V.List(list).Count), Math.Min(12, ctx.V.List(list).Count)));
        items.Remove(ctx.V.Ui("home"));
        items.Insert(0, ctx.V.Ui("home"));
        var links = new List<(string, string)>();
        foreach (string item in items) links.Add((item, ctx.Href()));
        if (rng.Chance(0.55))
        {
            w.Open(ctx.Tag("nav"), ctx.N.Attr("nav"), Guard(ctx));
            w.Open("ul", null);
            foreach (var (text, href) in links) w.Element("li", null, new Rich().Link(text, href));
            w.Close();
            w.Close();
        }
        else
        {
            w.Element("div", ctx.N.Attr("nav"), Rich.LinkRow(links, rng.Pick([" | ", " ", " · ", "  ", " / "])), Guard(ctx));
        }
    }

    public static void TopBar(PageContext ctx)
    {
        Rng rng = ctx.Rng;
        var rich = new Rich();
        if (rng.Chance(0.5)) rich.Text(ctx.Format(ctx.Date) + "  ");
        rich.Link(ctx.V.Ui("login"), "/login").Text(" | ").Link(ctx.V.Ui("register"), "/register");
        if (rng.Chance(0.5)) rich.Text(" | ").Link(TextCut.Cut(ctx.V.Pick(rng, "app"), ctx.Language, 10, 30, ""), "/app");
        ctx.W.Element("div", ctx.N.Attr("topbar"), rich, Guard(ctx));
    }

    public static void Masthead(PageContext ctx)
    {
        MarkupWriter w = ctx.W;
        w.Open(ctx.Tag("header"), ctx.N.Attr("header"));
        w.Element(ctx.Rng.Chance(0.4) ? "h2" : "div", ctx.N.Attr("logo"), new Rich().Link(ctx.Site, "/"));
        if (ctx.Rng.Chance(0.5))
        {
            w.Element("form", ctx.N.Attr("search") + " action=\"/search\"",
                new Rich().Markup($"<input type=\"text\" name=\"q\" placeholder=\"{HtmlText.Escape(ctx.W.Visible(ctx.V.Ui("search")), true)}\">").Button(ctx.V.Ui("search")));
        }
        w.Close();
    }

    public static void Breadcrumb(PageContext ctx, bool withTitle)
    {
        Rng rng = ctx.Rng;
        var rich = new Rich();
        if (rng.Chance(0.5)) rich.Text(ctx.V.Ui("here") + " ");
        string sep = rng.Pick([" > ", " » ", " / ", " › ", " >> ", "&gt;"]).Replace("&gt;", " > ", StringComparison.Ordinal);
        rich.Link(ctx.V.Ui("home"), "/").Text(sep).Link(ctx.Section, ctx.Href());
        if (withTitle) rich.Text(sep).Text(TextCut.Cut(ctx.Article.Title, ctx.Language, 16, 50));
        ctx.W.Element(rng.Chance(0.3) ? "nav" : "div", ctx.N.Attr("breadcrumb"), rich, Guard(ctx));
    }

    /// <summary>A "related" / "hot" / "recommended" / "latest" list with its heading.</summary>
    public static void TeaserList(PageContext ctx, string headings, string role, int count)
    {
        Rng rng = ctx.Rng;
        MarkupWriter w = ctx.W;
        int depth = w.Depth;
        w.Open(rng.Chance(0.3) ? ctx.Tag("section") : "div", ctx.N.Attr(role), Guard(ctx));
        w.Element(rng.Pick(["h2", "h3", "h4", "div", "span"]), ctx.N.Attr("widget-title"), ctx.V.Pick(rng, headings));
        int style = rng.Next(5);
        bool numbered = role == "hot" && rng.Chance(0.5);
        List<(string Title, string? Snippet)> teasers = ctx.Teasers(count);
        bool table = ctx.Layout.Tables && rng.Chance(0.6);
        if (table) w.Open("table", "width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"");
        else if (style != 3) w.Open(rng.Chance(0.8) ? "ul" : "ol", ctx.N.Attr("list"));
        for (int i = 0; i < teasers.Count; i++)
        {
            string? snippet = teasers[i].Snippet;
            string title = rng.Chance(0.4) ? TextCut.Cut(teasers[i].Title, ctx.Language, rng.Between(10, 18), rng.Between(35, 60), rng.Chance(0.8) ? "..." : "…") : teasers[i].Title;
            var link = new Rich();
            if (numbered) link.Span((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "num").Text(" ");
            link.Link(title, ctx.Href());
            string date = ctx.FormatShort(ctx.NearDate(30));
            if (table)
            {
                w.Open("tr", null);
                w.Element("td", null, link);
                if (style != 0) w.Element("td", "align=\"right\"", Rich.Of(date));
                w.Close();
                continue;
            }
            switch (style)
            {
                case 0:
                    w.Element("li", null, link);
                    break;
                case 1:
                    link.Text(" ").Span(date, ctx.N.Name("date"));
                    w.Element("li", null, link);
                    break;
                case 2:
                    w.Open("li", null);
                    w.Element(rng.Chance(0.5) ? "h4" : "div", null, link);
                    if (snippet is not null) w.Element("p", null, snippet);
                    w.Element("span", ctx.N.Attr("date"), date);
                    w.Close();
                    break;
                case 3:
                    // Seed-like: title, snippet and timestamp as separate lines, no list markup.
                    w.Element("div", null, link);
                    if (snippet is not null) w.Element("div", null, snippet);
                    w.Element("div", ctx.N.Attr("date"), date);
                    break;
                default:
                    w.Open("li", null);
                    w.Element("a", $"href=\"{ctx.Href()}\"", title);
                    w.Element("em", null, date);
                    w.Close();
                    break;
            }
        }
        w.CloseTo(depth);
    }

    public static void ShareBar(PageContext ctx)
    {
        Rng rng = ctx.Rng;
        var links = new List<(string, string)>();
        foreach (string target in rng.Sample(ctx.V.List("share-targets"), rng.Between(3, 6))) links.Add((target, "#share"));
        MarkupWriter w = ctx.W;
        int depth = w.Depth;
        w.Open("div", ctx.N.Attr("share"), Guard(ctx));
        if (rng.Chance(0.7)) w.Element("span", null, ctx.V.Ui("share"));
        w.Element("div", null, Rich.LinkRow(links, rng.Pick([" ", " | ", ""])));
        if (rng.Chance(0.3)) w.Element("span", null, new Rich().Link(ctx.V.Ui("print"), "#print").Text(" ").Text(ctx.V.Ui("font") + " A+ A-"));
        w.CloseTo(depth);
    }

    public static void Tags(PageContext ctx)
    {
        Rng rng = ctx.Rng;
        var links = new List<(string, string)>();
        IReadOnlyList<string> pool = ctx.Article.Tags.Count > 0 && rng.Chance(0.7) ? ctx.Article.Tags : ctx.V.List("tags");
        foreach (string tag in rng.Sample(pool, rng.Between(2, 6))) links.Add((tag, "/tag/" + ctx.Number(100, 99999)));
        ctx.W.Open("div", ctx.N.Attr("tags"), Guard(ctx));
        ctx.W.Element("span", null, ctx.V.Ui("tags"));
        ctx.W.Element("span", null, Rich.LinkRow(links, rng.Pick([" ", ", ", " · ", "  "])));
        ctx.W.Close();
    }

    public static void AuthorBox(PageContext ctx)
    {
        MarkupWriter w = ctx.W;
        w.Open(ctx.Tag("aside"), ctx.N.Attr("author"), Guard(ctx));
        if (ctx.Rng.Chance(0.6)) w.Void("img", $"src=\"/avatar/{ctx.Number(1000, 99999)}.jpg\" alt=\"\" width=\"64\"");
        w.Element(ctx.Rng.Pick(["h3", "h4", "strong", "div"]), null, Vocabulary.Fill(ctx.V.Ui("about-author"), ("name", ctx.Author)));
        w.Element("p", null, Vocabulary.Fill(ctx.V.Pick(ctx.Rng, "bios"), ("name", ctx.Author), ("site", ctx.Site)));
        w.Close();
    }

    public static void PrevNext(PageContext ctx)
    {
        List<string> titles = ctx.TeaserTitles(2);
        MarkupWriter w = ctx.W;
        w.Open("div", ctx.N.Attr("pager"), Guard(ctx));
        w.Element("div", null, new Rich().Link(Vocabulary.Fill(ctx.V.Ui("prev-article"), ("title", titles[0])), ctx.Href()));
        if (titles.Count > 1) w.Element("div", null, new Rich().Link(Vocabulary.Fill(ctx.V.Ui("next-article"), ("title", titles[1])), ctx.Href()));
        w.Close();
    }

    /// <summary>Editor, proof-reader and source lines that portals print under the article.</summary>
    public static void EditorLines(PageContext ctx)
    {
        Rng rng = ctx.Rng;
        MarkupWriter w = ctx.W;
        Label? guard = Guard(ctx);
        string tag = rng.Pick(["p", "div"]);
        if (rng.Chance(0.5)) w.Element(tag, ctx.N.Attr("editor"), Vocabulary.Fill(ctx.V.Pick(rng, "proofreader"), ("name", ctx.V.Pick(rng, "names"))), guard);
        w.Element(tag, ctx.N.Attr("editor"), Vocabulary.Fill(ctx.V.Pick(rng, "editor"), ("name", ctx.V.Pick(rng, "names"))), guard);
    }

    public static void Disclaimer(PageContext ctx) =>
        ctx.W.Element(ctx.Rng.Pick(["p", "div"]), ctx.N.Attr("disclaimer"), Vocabulary.Fill(ctx.V.Pick(ctx.Rng, "disclaimer"), ("site", ctx.Site)), Guard(ctx));

    public static void AppPrompt(PageContext ctx)
    {
        MarkupWriter w = ctx.W;
        w.Open("div", ctx.N.Attr("app"), Guard(ctx));
        if (ctx.Rng.Chance(0.5)) w.Void("img", $"src=\"/static/qr_{ctx.Number(1, 99)}.png\" alt=\"QR\"");
        w.Element(ctx.Rng.Pick(["p", "span", "div"]), null, Vocabulary.Fill(ctx.V.Pick(ctx.Rng, "app"), ("site", ctx.Site)));
        w.Close();
    }

    public static void Ad(PageContext ctx)
    {
        MarkupWriter w = ctx.W;
        w.Open("div", ctx.N.Attr("ad") + $" id=\"ad_{ctx.Number(1, 99)}\"", Guard(ctx));
        w.Element("span", null, ctx.V.Ui("ads"));
        w.Raw("<script>(adsq=window.adsq||[]).push({slot:" + ctx.Number(1000, 9999) + "});</script>");
        w.NewLine();
        w.Close();
    }

    public static void Newsletter(PageContext ctx)
    {
        MarkupWriter w = ctx.W;
        w.Open("div", ctx.N.Attr("newsletter"), Guard(ctx));
        w.Element(ctx.Rng.Pick(["h3", "h4", "strong"]), null, ctx.V.Ui("newsletter"));
        w.Element("form", "action=\"/subscribe\"", new Rich()
            .Markup($"<input type=\"email\" placeholder=\"{HtmlText.Escape(w.Visible(ctx.V.Ui("email")), true)}\">")
            .Button(ctx.V.Ui("subscribe")));
        w.Close();
    }

    public static void Pagination(PageContext ctx)
    {
        Rng rng = ctx.Rng;
        int pages = rng.Between(2, 9);
        int page = rng.Between(1, pages);
        var rich = new Rich().Link(ctx.V.Ui("prev"), "?page=" + Math.Max(1, page - 1)).Text(" ");
        for (int i = 1; i <= Math.Min(pages, 6); i++) rich.Link(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "?page=" + i).Text(" ");
        rich.Link(ctx.V.Ui("next"), "?page=" + Math.Min(pages, page + 1));
        ctx.W.Element("div", ctx.N.Attr("pager"), rich, Guard(ctx));
        if (rng.Chance(0.4))
        {
            ctx.W.Element("div", null, Vocabulary.Fill(ctx.V.Ui("page-of"),
                ("n", page.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("m", pages.ToString(System.Globalization.CultureInfo.InvariantCulture))), Guard(ctx));
        }
    }

    /// <summary>A comment box: heading, prompt, some comments (or none), and any spam comment planned for the page.</summary>
    public static void Comments(PageContext ctx)
    {
        Rng rng = ctx.Rng;
        MarkupWriter w = ctx.W;
        int depth = w.Depth;
        List<SpamPlan> spam = ctx.TakeSpam(SpamPlacement.Comment);
        w.Open(ctx.Tag("section"), ctx.N.Attr("comments") + " id=\"comments\"", Guard(ctx));
        int count = spam.Count > 0 ? rng.Between(1, 5) : rng.Between(0, 5);
        w.Element(rng.Pick(["h2", "h3", "div"]), null, rng.Chance(0.5)
            ? ctx.V.Ui("comments")
            : Vocabulary.Fill(ctx.V.Ui("comment-count"), ("n", (count + spam.Count).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        if (rng.Chance(0.6))
        {
            w.Element("div", null, new Rich().Text(ctx.V.Ui("comment-login") + " ").Button(ctx.V.Ui("comment-post")));
        }
        if (count + spam.Count == 0)
        {
            w.Element("p", null, ctx.V.Ui("comment-none"));
        }
        int spamAt = rng.Next(count + 1);
        List<string> texts = rng.Sample(ctx.V.List("comments"), count);
        for (int i = 0; i <= count; i++)
        {
            if (i == spamAt)
            {
                foreach (SpamPlan s in spam)
                {
                    CommentItem(ctx, SpamRenderer.UserName(ctx, s), SpamRenderer.CommentText(ctx, s), Label.Spam, s.Hiding);
                }
            }
            if (i < texts.Count) CommentItem(ctx, ctx.V.Pick(rng, "users"), Rich.Of(texts[i]), null, Hiding.None);
        }
        w.CloseTo(depth);
    }

    private static void CommentItem(PageContext ctx, string user, Rich text, Label? label, Hiding hiding)
    {
        MarkupWriter w = ctx.W;
        w.Open("div", ctx.N.Attr("comment"));
        w.Element("div", ctx.N.Attr("user"), new Rich().Strong(user).Text(" " + ctx.FormatShort(ctx.NearDate(0, 20))));
        string attrs = hiding.Method == HidingMethod.Visible ? "" : hiding.Attributes;
        w.Element(ctx.Rng.Pick(["p", "div"]), attrs, text, label, hidden: hiding.OffScreen);
        if (ctx.Rng.Chance(0.4)) w.Element("div", null, new Rich().Link(ctx.V.Ui("reply"), "#reply").Text(" · " + ctx.Number(0, 99)));
        w.Close();
    }

    public static void Cookie(PageContext ctx)
    {
        MarkupWriter w = ctx.W;
        w.Open("div", ctx.N.Attr("cookie") + " role=\"dialog\"");
        w.Element("p", null, Vocabulary.Fill(ctx.V.Pick(ctx.Rng, "cookie"), ("site", ctx.Site)));
        var buttons = new Rich();
        foreach (string b in ctx.V.List("cookie-buttons")) buttons.Button(b).Text(" ");
        w.Element("div", null, buttons);
        w.Close();
    }

    /// <summary>Two to five sidebar widgets (hot, recommended, latest, tags, newsletter, app, ad), and sidebar spam.</summary>
    public static void Sidebar(PageContext ctx)
    {
        Rng rng = ctx.Rng;
        MarkupWriter w = ctx.W;
        int depth = w.Depth;
        w.Open(ctx.Tag("aside"), ctx.N.Attr("sidebar"));
        var widgets = rng.Sample(["hot", "recommended", "latest", "tags", "newsletter", "app", "ad", "hot2"], rng.Between(2, 5));
        int spamAt = rng.Next(widgets.Count + 1);
        for (int i = 0; i <= widgets.Count; i++)
        {
            if (i == spamAt) ctx.Spam(SpamPlacement.Sidebar);
            if (i == widgets.Count) break;
            switch (widgets[i])
            {
                case "hot": TeaserList(ctx, "hot", "hot", rng.Between(5, 10)); break;
                case "hot2": TeaserList(ctx, "related", "related", rng.Between(3, 6)); break;
                case "recommended": TeaserList(ctx, "recommended", "recommended", rng.Between(3, 8)); break;
                case "latest": TeaserList(ctx, "latest", "latest", rng.Between(4, 8)); break;
                case "tags":
                    w.Open("div", ctx.N.Attr("widget"));
                    w.Element("h3", ctx.N.Attr("widget-title"), ctx.V.Ui("tags"));
                    var links = new List<(string, string)>();
                    foreach (string t in rng.Sample(ctx.V.List("tags"), rng.Between(5, 12))) links.Add((t, "/tag/" + ctx.Number(1, 9999)));
                    w.Element("div", null, Rich.LinkRow(links, " "));
                    w.Close();
                    break;
                case "newsletter": Newsletter(ctx); break;
                case "app": AppPrompt(ctx); break;
                default: Ad(ctx); break;
            }
        }
        w.CloseTo(depth);
    }

    public static void Footer(PageContext ctx)
    {
        Rng rng = ctx.Rng;
        MarkupWriter w = ctx.W;
        int depth = w.Depth;
        w.Open(ctx.Tag("footer"), ctx.N.Attr("footer"));
        var links = new List<(string, string)>();
        foreach (string item in rng.Sample(ctx.V.List("footer"), rng.Between(3, ctx.V.List("footer").Count))) links.Add((item, ctx.Href()));
        w.Element("div", null, Rich.LinkRow(links, rng.Pick([" | ", " · ", "  ", " - "])));
        bool spamFirst = rng.Chance(0.5);
        if (spamFirst) ctx.Spam(SpamPlacement.Footer);
        string year = (ctx.Date.Year + rng.Between(0, 1)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        w.Element("p", ctx.N.Attr("copyright"), Vocabulary.Fill(ctx.V.Pick(rng, "copyright"), ("year", year), ("site", ctx.Site), ("domain", ctx.Domain)));
        IReadOnlyList<string> icp = ctx.V.Optional("icp");
        if (icp.Count > 0 && rng.Chance(0.7))
        {
            w.Element("p", null, Vocabulary.Fill(rng.Pick(icp), ("n", ctx.Number(10000000, 99999999)), ("m", ctx.Number(10000, 99999))));
        }
        if (rng.Chance(0.3)) Disclaimer(ctx);
        if (rng.Chance(0.2)) w.Element("div", null, new Rich().Link(ctx.V.Ui("back-to-top"), "#top"));
        if (!spamFirst) ctx.Spam(SpamPlacement.Footer);
        w.CloseTo(depth);
    }
}
