using PageCleaner.CorpusGenerator.Markup;
using PageCleaner.CorpusGenerator.Parts;
using PageCleaner.CorpusGenerator.Planning;
using PageCleaner.CorpusGenerator.Randomness;

namespace PageCleaner.CorpusGenerator.Layouts;

/// <summary>
/// A documentation page: the page title and body (headings, prose, lists, tables, code) are content; the page tree,
/// the "on this page" table of contents (which repeats the headings), version picker, edit link, feedback widget
/// and previous/next links are boilerplate.
/// </summary>
internal static class DocsRenderer
{
    /// <summary>The left-hand page tree.</summary>
    public static void Nav(PageContext ctx)
    {
        Rng rng = ctx.Rng;
        MarkupWriter w = ctx.W;
        w.Open(ctx.Tag("nav"), ctx.N.Attr("docnav"));
        if (rng.Chance(0.6)) w.Element("div", ctx.N.Attr("version"), Vocabulary.Fill(ctx.V.Ui("version"), ("v", $"{rng.Between(1, 9)}.{rng.Between(0, 20)}")));
        List<string> pages = rng.Sample(ctx.V.List("docs-pages"), rng.Between(6, ctx.V.List("docs-pages").Count));
        int current = rng.Next(pages.Count + 1);
        w.Open("ul", null);
        for (int i = 0; i < pages.Count; i++)
        {
            if (i == current) w.Element("li", "class=\"active\"", new Rich().Link(TextCut.Cut(ctx.Article.Title, ctx.Language, 14, 40, ""), "#"));
            w.Element("li", null, new Rich().Link(pages[i], "/docs/" + ctx.Number(1, 999)));
        }
        w.Close();
        w.Close();
    }

    public static void Render(PageContext ctx)
    {
        Rng rng = ctx.Rng;
        MarkupWriter w = ctx.W;
        int depth = w.Depth;
        if (rng.Chance(0.7))
        {
            var crumbs = new Rich().Link(ctx.V.Ui("docs-home"), "/docs/").Text(" › ").Link(ctx.V.Pick(rng, "docs-pages"), "/docs/" + ctx.Number(1, 99));
            w.Element("div", ctx.N.Attr("breadcrumb"), crumbs);
        }
        bool tocFirst = rng.Chance(0.3);
        if (tocFirst) Toc(ctx);
        bool container = rng.Chance(0.6);
        w.Open(ctx.Tag("article"), ctx.N.Attr("body"), container ? Label.Content : null);
        Label? part = container ? null : Label.Content;
        w.Element("h1", null, ctx.Article.Title, part);
        if (rng.Chance(0.3)) w.Element("div", ctx.N.Attr("meta"), Vocabulary.Fill(ctx.V.Ui("updated"), ("date", ctx.Format(ctx.Date))), container ? Label.Boilerplate : null);
        w.Open("div", ctx.N.Attr("markdown"), part);
        int spamAfter = rng.Next(Math.Max(1, ctx.Body.Count - 1));
        BlockRenderer.Render(ctx, ctx.Body, ParagraphMode.P, i =>
        {
            if (i >= spamAfter && i < ctx.Body.Count - 1) ctx.Spam(SpamPlacement.InArticle);
        });
        ctx.Spam(SpamPlacement.InArticle);
        ctx.Spam(SpamPlacement.AfterArticle);
        w.Close();
        if (rng.Chance(0.6)) w.Element("div", ctx.N.Attr("edit"), new Rich().Link(ctx.V.Ui("edit-page"), "https://git.example.org/docs/edit/main/" + ctx.Number(1, 999) + ".md"), container ? Label.Boilerplate : null);
        w.Close();
        if (rng.Chance(0.6))
        {
            w.Open("div", ctx.N.Attr("feedback"));
            w.Element("span", null, ctx.V.Ui("helpful"));
            w.Element("div", null, new Rich().Button(ctx.V.Ui("yes")).Text(" ").Button(ctx.V.Ui("no")));
            w.Close();
        }
        List<string> pages = rng.Sample(ctx.V.List("docs-pages"), 2);
        w.Element(ctx.Tag("nav"), ctx.N.Attr("pager"), Rich.LinkRow([($"« {ctx.V.Ui("prev")}: {pages[0]}", "#prev"), ($"{ctx.V.Ui("next")}: {pages[1]} »", "#next")], "  "));
        if (!tocFirst && rng.Chance(0.8)) Toc(ctx);
        w.CloseTo(depth);
    }

    /// <summary>"On this page": the article's headings again, as links.</summary>
    private static void Toc(PageContext ctx)
    {
        var headings = new List<string>();
        foreach (ArticleBlock b in ctx.Body) if (b.Kind is BlockKind.Heading or BlockKind.Subheading) headings.Add(b.Text);
        if (headings.Count == 0) return;
        MarkupWriter w = ctx.W;
        w.Open(ctx.Tag("aside"), ctx.N.Attr("toc"));
        w.Element("div", null, ctx.V.Ui("on-this-page"));
        w.Open("ul", null);
        foreach (string h in headings) w.Element("li", null, new Rich().Link(h, "#" + ctx.Rng.Token(6, "abcdefghijklmnopqrstuvwxyz")));
        w.Close();
        w.Close();
    }
}
