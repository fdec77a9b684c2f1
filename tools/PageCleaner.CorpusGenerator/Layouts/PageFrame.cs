using PageCleaner.CorpusGenerator.Markup;
using PageCleaner.CorpusGenerator.Planning;
using PageCleaner.CorpusGenerator.Randomness;

namespace PageCleaner.CorpusGenerator.Layouts;

/// <summary>
/// The page around the main column, in divs / HTML5 elements or in nested tables: header, navigation, breadcrumb,
/// main column and sidebar (either side), lists below, footer, cookie banner.
/// </summary>
internal static class PageFrame
{
    public static void Render(PageContext ctx)
    {
        Rng rng = ctx.Rng;
        MarkupWriter w = ctx.W;
        string kind = ctx.Plan.Kind;
        DocumentShell.Begin(ctx);
        bool cookieTop = rng.Chance(0.12);
        if (cookieTop) Furniture.Cookie(ctx);

        if (ctx.Layout.Tables)
        {
            w.Open("table", "width=\"960\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" align=\"center\"");
            w.Open("tr", null);
            w.Open("td", "width=\"300\"");
            w.Element("div", null, new Rich().Link(ctx.Site, "/"));
            w.Close();
            w.Open("td", "align=\"right\"");
            Furniture.TopBar(ctx);
            w.Close();
            w.Close();
            w.Open("tr", null);
            w.Open("td", "colspan=\"2\" " + ctx.N.Attr("nav"));
            Furniture.Nav(ctx);
            w.Close();
            w.Close();
            w.Close();
        }
        else
        {
            if (rng.Chance(0.35)) Furniture.TopBar(ctx);
            Furniture.Masthead(ctx);
            if (kind != "docs" || rng.Chance(0.5)) Furniture.Nav(ctx);
        }
        if (kind is "news" or "blog" or "portal" or "farm" && rng.Chance(0.4)) Furniture.Breadcrumb(ctx, withTitle: rng.Chance(0.4));

        bool docs = kind == "docs";
        bool hasSidebar = docs || rng.Chance(kind is "product" or "forum" ? 0.3 : 0.6) || ctx.SpamWaits(SpamPlacement.Sidebar);
        bool sidebarFirst = docs ? rng.Chance(0.85) : rng.Chance(0.3);
        Action sidebar = docs
            ? () => { DocsRenderer.Nav(ctx); ctx.Spam(SpamPlacement.Sidebar); }
            : () => Furniture.Sidebar(ctx);

        if (ctx.Layout.Tables)
        {
            w.Open("table", "width=\"960\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" align=\"center\"");
            w.Open("tr", null);
            if (hasSidebar && sidebarFirst) Cell(ctx, "260", sidebar, zone: false);
            Cell(ctx, hasSidebar ? "680" : "960", () => MainColumn(ctx), zone: true);
            if (hasSidebar && !sidebarFirst) Cell(ctx, "260", sidebar, zone: false);
            w.Close();
            w.Close();
        }
        else
        {
            w.Open("div", ctx.N.Attr("page"));
            if (hasSidebar && sidebarFirst) sidebar();
            w.Open(ctx.Tag("main"), ctx.N.Attr("main"), articleZone: true);
            MainColumn(ctx);
            w.Close();
            if (hasSidebar && !sidebarFirst) sidebar();
            w.Close();
        }

        if (kind is "portal" or "farm" ? rng.Chance(0.6) : rng.Chance(0.15))
        {
            Furniture.TeaserList(ctx, rng.Chance(0.5) ? "hot" : "latest", "hot", rng.Between(5, 12));
        }
        if (ctx.Layout.Tables)
        {
            w.Open("table", "width=\"960\" align=\"center\"");
            w.Open("tr", null);
            w.Open("td", "align=\"center\"");
            Furniture.Footer(ctx);
            w.Close();
            w.Close();
            w.Close();
        }
        else
        {
            Furniture.Footer(ctx);
        }
        if (!cookieTop && rng.Chance(0.15)) Furniture.Cookie(ctx);
        DocumentShell.End(ctx);
    }

    private static void Cell(PageContext ctx, string width, Action body, bool zone)
    {
        ctx.W.Open("td", $"width=\"{width}\" valign=\"top\"", articleZone: zone);
        body();
        ctx.W.Close();
    }

    private static void MainColumn(PageContext ctx)
    {
        Rng rng = ctx.Rng;
        switch (ctx.Plan.Kind)
        {
            case "forum":
                ForumRenderer.Render(ctx);
                break;
            case "product":
                ProductRenderer.Render(ctx);
                break;
            case "docs":
                DocsRenderer.Render(ctx);
                break;
            default:
                bool chinese = ctx.Language.StartsWith("zh", StringComparison.Ordinal);
                ParagraphMode mode = ctx.Layout.Tables
                    ? (ParagraphMode)rng.Weighted([0.3, chinese ? 0.3 : 0, 0.1, 0.5])
                    : (ParagraphMode)rng.Weighted([0.7, chinese ? 0.15 : 0, 0.15, ctx.Plan.Kind == "farm" ? 0.2 : 0.03]);
                ArticleRenderer.Render(ctx, mode);
                break;
        }
    }
}
