using System.Globalization;
using PageCleaner.CorpusGenerator.Markup;
using PageCleaner.CorpusGenerator.Parts;
using PageCleaner.CorpusGenerator.Planning;
using PageCleaner.CorpusGenerator.Randomness;

namespace PageCleaner.CorpusGenerator.Layouts;

/// <summary>
/// A shop's product page: the product title, description and specification table are content; price, buy box,
/// ratings, tab labels, reviews and "customers also bought" are boilerplate; a spammer's review is spam.
/// </summary>
internal static class ProductRenderer
{
    public static void Render(PageContext ctx)
    {
        Rng rng = ctx.Rng;
        MarkupWriter w = ctx.W;
        int depth = w.Depth;
        Furniture.Breadcrumb(ctx, withTitle: rng.Chance(0.5));
        w.Open("div", ctx.N.Attr("gallery"));
        for (int i = rng.Between(1, 4); i > 0; i--) w.Void("img", $"src=\"/media/catalog/{rng.Token(12)}.jpg\" alt=\"\"");
        w.Close();

        w.Open("div", ctx.N.Attr("buy-box"));
        w.Element("h1", ctx.N.Attr("title"), ctx.Article.Title, Label.Content);
        string rating = (3.5 + rng.Next(15) / 10.0).ToString("0.0", CultureInfo.InvariantCulture);
        w.Element("div", ctx.N.Attr("rating"), Vocabulary.Fill(ctx.V.Ui("rating"), ("r", rating), ("n", ctx.Number(3, 4000))));
        w.Element("div", ctx.N.Attr("price"), Price(ctx));
        if (rng.Chance(0.7)) w.Element("div", null, ctx.V.Ui("in-stock"));
        if (rng.Chance(0.6)) w.Element("div", null, Vocabulary.Fill(ctx.V.Ui("shipping"), ("price", Price(ctx))));
        w.Element("form", ctx.N.Attr("cart") + " action=\"/cart/add\"", new Rich()
            .Text(ctx.V.Ui("quantity") + " ").Markup("<input type=\"number\" value=\"1\">")
            .Button(ctx.V.Ui("add-to-cart")).Text(" ").Button(ctx.V.Ui("buy-now")));
        w.Close();
        if (rng.Chance(0.4)) Furniture.ShareBar(ctx);

        // Tabs: their labels are furniture, the panels the product text.
        var tabs = new List<(string, string)> { (ctx.V.Ui("description"), "#desc"), (ctx.V.Ui("specs"), "#specs"), (Vocabulary.Fill(ctx.V.Ui("reviews"), ("n", ctx.Number(1, 999))), "#reviews") };
        if (rng.Chance(0.7)) w.Element("div", ctx.N.Attr("tabs"), Rich.LinkRow(tabs, " "));
        bool container = rng.Chance(0.5);
        w.Open(ctx.Tag("section"), ctx.N.Attr("description") + " id=\"desc\"", container ? Label.Content : null);
        if (rng.Chance(0.5)) w.Element("h2", null, ctx.V.Ui("description"), container ? Label.Boilerplate : null);
        Label? part = container ? null : Label.Content;
        var prose = new List<ArticleBlock>();
        var tables = new List<ArticleBlock>();
        foreach (ArticleBlock b in ctx.Body) (b.Kind == BlockKind.Table && rng.Chance(0.7) ? tables : prose).Add(b);
        w.Open("div", null, part);
        int spamAfter = rng.Next(Math.Max(1, prose.Count));
        BlockRenderer.Render(ctx, prose, ParagraphMode.P, i =>
        {
            if (i >= spamAfter && i < prose.Count - 1) ctx.Spam(SpamPlacement.InArticle);
        });
        ctx.Spam(SpamPlacement.InArticle);
        w.Close();
        if (tables.Count > 0)
        {
            if (rng.Chance(0.6)) w.Element("h2", null, ctx.V.Ui("specs"), container ? Label.Boilerplate : null);
            w.Open("div", ctx.N.Attr("specs") + " id=\"specs\"", part);
            BlockRenderer.Render(ctx, tables, ParagraphMode.P);
            w.Close();
        }
        ctx.Spam(SpamPlacement.AfterArticle);
        w.Close();

        Reviews(ctx);
        if (rng.Chance(0.8)) AlsoBought(ctx);
        w.CloseTo(depth);
    }

    private static string Price(PageContext ctx)
    {
        double p = ctx.Rng.Between(5, 900) + ctx.Rng.Pick([0.0, 0.99, 0.5, 0.9]);
        string number = ctx.Language is "zh-hans" or "zh-hant" or "ja" or "ko" or "vi" or "id"
            ? (p * ctx.Language switch { "ko" => 1000, "vi" => 20000, "id" => 10000, "ja" => 100, _ => 7 }).ToString("#,0", CultureInfo.InvariantCulture)
            : p.ToString("0.00", CultureInfo.InvariantCulture);
        if (ctx.Language is "de" or "fr" or "es" or "pt" or "ru") number = number.Replace('.', ',');
        return Vocabulary.Fill(ctx.V.Ui("price"), ("p", number));
    }

    private static void Reviews(PageContext ctx)
    {
        Rng rng = ctx.Rng;
        MarkupWriter w = ctx.W;
        int depth = w.Depth;
        List<SpamPlan> spam = ctx.TakeSpam(SpamPlacement.Comment);
        List<string> texts = rng.Sample(ctx.V.List("reviews"), rng.Between(spam.Count > 0 ? 1 : 0, 5));
        w.Open(ctx.Tag("section"), ctx.N.Attr("reviews") + " id=\"reviews\"");
        w.Element("h2", null, Vocabulary.Fill(ctx.V.Ui("reviews"), ("n", (texts.Count + spam.Count).ToString(CultureInfo.InvariantCulture))));
        int spamAt = rng.Next(texts.Count + 1);
        for (int i = 0; i <= texts.Count; i++)
        {
            if (i == spamAt)
            {
                foreach (SpamPlan s in spam) Review(ctx, SpamRenderer.UserName(ctx, s), SpamRenderer.CommentText(ctx, s), s);
            }
            if (i < texts.Count) Review(ctx, ctx.V.Pick(rng, "users"), Rich.Of(texts[i]), null);
        }
        if (texts.Count + spam.Count == 0) w.Element("p", null, ctx.V.Ui("comment-none"));
        w.CloseTo(depth);
    }

    private static void Review(PageContext ctx, string user, Rich text, SpamPlan? spam)
    {
        MarkupWriter w = ctx.W;
        w.Open("div", ctx.N.Attr("review"));
        w.Element("div", null, new Rich().Strong(user).Text(" " + new string('★', ctx.Rng.Between(3, 5)) + " " + ctx.FormatShort(ctx.NearDate(0, 200))));
        string attrs = spam is null || spam.Hiding.Method == HidingMethod.Visible ? "" : spam.Hiding.Attributes;
        w.Element("p", attrs, text, spam is null ? null : Label.Spam, hidden: spam?.Hiding.OffScreen ?? false);
        w.Close();
    }

    private static void AlsoBought(PageContext ctx)
    {
        Rng rng = ctx.Rng;
        MarkupWriter w = ctx.W;
        w.Open("div", ctx.N.Attr("recommended"));
        w.Element("h2", ctx.N.Attr("widget-title"), ctx.V.Ui("also-bought"));
        w.Open("ul", null);
        foreach (string name in rng.Sample(ctx.V.List("products"), rng.Between(3, 6)))
        {
            w.Element("li", null, new Rich().Link(name, ctx.Href()).Text(" ").Span(Price(ctx), ctx.N.Name("price")));
        }
        w.Close();
        w.Close();
    }
}
