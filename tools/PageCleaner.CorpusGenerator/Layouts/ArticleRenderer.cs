using PageCleaner.CorpusGenerator.Markup;
using PageCleaner.CorpusGenerator.Parts;
using PageCleaner.CorpusGenerator.Planning;
using PageCleaner.CorpusGenerator.Randomness;

namespace PageCleaner.CorpusGenerator.Layouts;

/// <summary>
/// The main column of news, blog, portal and content-farm pages: the labeled article (title, byline, body) and the
/// furniture around it, some of it inside the article container (labeled boilerplate there).
/// </summary>
internal static class ArticleRenderer
{
    private sealed record Odds(double Share, double Tags, double Editor, double Related, double RelatedInside, double Hot, double Comments,
        double PrevNext, double Author, double App, double Disclaimer, double Ad);

    private static Odds For(string kind, string language) => kind switch
    {
        "blog" => new(0.6, 0.7, 0.05, 0.5, 0.3, 0.2, 0.7, 0.5, 0.5, 0.05, 0.1, 0.15),
        // Editor lines are common on portals but not the rule: as often, the body runs straight into a teaser list.
        "portal" => new(0.5, 0.3, 0.5, 0.9, 0.4, 0.8, 0.4, 0.5, 0.05, 0.4, 0.5, 0.3),
        "farm" => new(0.2, 0.2, 1.0, 0.5, 0.3, 0.5, 0.9, 0.3, 0.0, 0.85, 0.9, 0.2),
        _ => new(0.5, 0.4, language.StartsWith("zh", StringComparison.Ordinal) ? 0.45 : 0.3, 0.6, 0.35, 0.4, 0.4, 0.3, 0.2,
            language.StartsWith("zh", StringComparison.Ordinal) ? 0.4 : 0.15, language.StartsWith("zh", StringComparison.Ordinal) ? 0.5 : 0.15, 0.3),
    };

    public static void Render(PageContext ctx, ParagraphMode mode)
    {
        Rng rng = ctx.Rng;
        MarkupWriter w = ctx.W;
        Odds odds = For(ctx.Plan.Kind, ctx.Language);
        int depth = w.Depth;
        // Either the whole article container is labeled content, or the title, byline and body are labeled one by one.
        bool container = rng.Chance(0.6);
        w.Open(ctx.Tag("article"), ctx.N.Attr("article"), container ? Label.Content : null);
        Label? part = container ? null : Label.Content;

        if (rng.Chance(0.15)) Furniture.Breadcrumb(ctx, withTitle: rng.Chance(0.5));
        w.Element(rng.Chance(0.85) ? "h1" : "h2", ctx.N.Attr("title"), ctx.Article.Title, part);
        Byline(ctx, part);
        if (rng.Chance(0.2)) Furniture.ShareBar(ctx);

        w.Open("div", ctx.N.Attr("body"), part);
        int spamAfter = Math.Max(0, rng.Between(0, Math.Max(0, ctx.Body.Count - 2)));
        int adAfter = rng.Chance(odds.Ad) ? rng.Between(1, Math.Max(1, ctx.Body.Count - 1)) : int.MaxValue;
        bool spamDone = false, adDone = false;
        BlockRenderer.Render(ctx, ctx.Body, mode, i =>
        {
            if (!spamDone && i >= spamAfter && i < ctx.Body.Count - 1 && ctx.SpamWaits(SpamPlacement.InArticle))
            {
                ctx.Spam(SpamPlacement.InArticle);
                spamDone = true;
            }
            if (!adDone && i >= adAfter && i < ctx.Body.Count - 1)
            {
                Furniture.Ad(ctx);
                adDone = true;
            }
        });
        // Spam meant to go between paragraphs of a body too short to have a gap goes after its last block.
        if (ctx.SpamWaits(SpamPlacement.InArticle)) ctx.Spam(SpamPlacement.InArticle);
        if (rng.Chance(0.2) && ctx.Plan.Kind is "news" or "portal")
        {
            w.Element("p", null, Vocabulary.Fill(ctx.V.Pick(rng, "source"), ("site", ctx.V.Pick(rng, "sites"))), part);
        }
        bool editorInside = rng.Chance(0.5);
        if (editorInside && rng.Chance(odds.Editor)) Furniture.EditorLines(ctx);
        ctx.Spam(SpamPlacement.AfterArticle);
        w.Close();

        // Furniture inside the article container, in a random order.
        var inside = new List<Action>();
        if (rng.Chance(odds.Share)) inside.Add(() => Furniture.ShareBar(ctx));
        if (rng.Chance(odds.Tags)) inside.Add(() => Furniture.Tags(ctx));
        if (!editorInside && rng.Chance(odds.Editor)) inside.Add(() => Furniture.EditorLines(ctx));
        if (rng.Chance(odds.Disclaimer * 0.5)) inside.Add(() => Furniture.Disclaimer(ctx));
        if (rng.Chance(odds.Author * 0.5)) inside.Add(() => Furniture.AuthorBox(ctx));
        if (rng.Chance(odds.Related * odds.RelatedInside)) inside.Add(() => Furniture.TeaserList(ctx, "related", "related", rng.Between(3, 8)));
        if (rng.Chance(0.1)) inside.Add(() => Furniture.Pagination(ctx));
        rng.Shuffle(inside);
        foreach (Action a in inside) a();
        w.CloseTo(depth);

        // Furniture after the article.
        var after = new List<Action>();
        if (rng.Chance(odds.Disclaimer * 0.5)) after.Add(() => Furniture.Disclaimer(ctx));
        if (rng.Chance(odds.App)) after.Add(() => Furniture.AppPrompt(ctx));
        if (rng.Chance(odds.Author * 0.5)) after.Add(() => Furniture.AuthorBox(ctx));
        if (rng.Chance(odds.PrevNext)) after.Add(() => Furniture.PrevNext(ctx));
        if (rng.Chance(odds.Related)) after.Add(() => Furniture.TeaserList(ctx, "related", "related", rng.Between(3, 8)));
        if (rng.Chance(odds.Hot)) after.Add(() => Furniture.TeaserList(ctx, rng.Chance(0.5) ? "hot" : "recommended", "hot", rng.Between(4, 10)));
        if (rng.Chance(odds.Comments) || ctx.SpamWaits(SpamPlacement.Comment)) after.Add(() => Furniture.Comments(ctx));
        rng.Shuffle(after);
        foreach (Action a in after) a();
    }

    /// <summary>The byline / date line (content), sometimes with a views counter beside it (boilerplate).</summary>
    private static void Byline(PageContext ctx, Label? part)
    {
        Rng rng = ctx.Rng;
        MarkupWriter w = ctx.W;
        string date = ctx.Format(ctx.Date);
        string line = Vocabulary.Fill(ctx.V.Pick(rng, "byline"), ("name", ctx.Author), ("date", date), ("site", ctx.V.Pick(rng, "sites")));
        switch (rng.Next(4))
        {
            case 0:
                // Author, date and counter on separate lines, as in the first seed.
                w.Element("div", ctx.N.Attr("meta"), ctx.Author, part);
                w.Element(ctx.Layout.Semantic ? "time" : "div", ctx.N.Attr("date"), date, part);
                if (rng.Chance(0.5)) w.Element("div", ctx.N.Attr("views"), ctx.Number(0, 999), Furniture.Guard(ctx));
                break;
            case 1:
                // Two block-level children: one block never mixes the content line and the counter.
                w.Open("div", ctx.N.Attr("meta"));
                w.Element("div", null, line, part);
                w.Element("div", ctx.N.Attr("views"), Vocabulary.Fill(ctx.V.Ui("views"), ("n", ctx.Number(10, 99999))), Furniture.Guard(ctx));
                w.Close();
                break;
            default:
                w.Element(rng.Chance(0.5) ? "p" : "div", ctx.N.Attr("meta"), line, part);
                break;
        }
    }
}
