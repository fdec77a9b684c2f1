using System.Globalization;
using PageCleaner.CorpusGenerator.Markup;
using PageCleaner.CorpusGenerator.Parts;
using PageCleaner.CorpusGenerator.Planning;
using PageCleaner.CorpusGenerator.Randomness;

namespace PageCleaner.CorpusGenerator.Layouts;

/// <summary>
/// A forum thread: the thread title and every post's text are content (as in the hand-written forum pages); user
/// panels, post meta, signatures, buttons and the reply box are boilerplate; a spammer's reply is spam. Some threads
/// are shown the old bulletin-board way (Chinese portals' boards above all): the opening post, then a tree of the
/// replies' titles, each a link to the reply's own page with its author, time and size. That tree is a list of links
/// to other pages, boilerplate like any other, however much a title reads like a sentence.
/// </summary>
internal static class ForumRenderer
{
    public static void Render(PageContext ctx)
    {
        Rng rng = ctx.Rng;
        MarkupWriter w = ctx.W;
        int depth = w.Depth;
        if (rng.Chance(0.7)) Furniture.Breadcrumb(ctx, withTitle: false);
        w.Element(rng.Chance(0.6) ? "h1" : "h2", ctx.N.Attr("thread-title"), ctx.Article.Title, Label.Content);
        w.Element("div", ctx.N.Attr("meta-line"), Vocabulary.Fill(ctx.V.Ui("thread-stats"),
            ("n", ctx.Replies.Count.ToString(CultureInfo.InvariantCulture)), ("m", ctx.Number(100, 99999))));
        if (rng.Chance(0.4)) Furniture.Pagination(ctx);

        // Common on Chinese boards, rarer elsewhere; drawn from a stream of its own, so that pages without the tree stay
        // as they were.
        bool tree = Rng.For(ctx.Plan.Seed, "thread-tree").Chance(ctx.Language is "zh-hans" or "zh-hant" ? 0.6 : 0.2);
        var posts = new List<(string User, IReadOnlyList<ArticleBlock>? Blocks, SpamPlan? Spam)> { (ctx.Author, ctx.Body, null) };
        if (!tree) foreach (ForumPost reply in ctx.Replies) posts.Add((reply.User, reply.Blocks, null));
        List<SpamPlan> spam = ctx.TakeSpam(SpamPlacement.Comment);
        foreach (SpamPlan s in spam) posts.Insert(rng.Between(1, posts.Count), (SpamRenderer.UserName(ctx, s), null, s));

        ParagraphMode mode = rng.Chance(0.5) ? ParagraphMode.Breaks : ParagraphMode.P;
        DateTime when = ctx.Date;
        for (int i = 0; i < posts.Count; i++)
        {
            when = when.AddMinutes(rng.Between(3, 600));
            Post(ctx, i + 1, posts[i].User, posts[i].Blocks, posts[i].Spam, when, mode, first: i == 0);
        }
        if (tree) ThreadTree(ctx, when);
        if (rng.Chance(0.5)) Furniture.Pagination(ctx);
        // Quick reply box.
        w.Open("div", ctx.N.Attr("reply-box"));
        w.Element("div", null, new Rich().Text(ctx.V.Ui("comment-login") + " ").Button(ctx.V.Ui("reply")));
        w.Close();
        if (rng.Chance(0.6)) Furniture.TeaserList(ctx, "related", "related", rng.Between(3, 7));
        w.CloseTo(depth);
    }

    private static void Post(PageContext ctx, int floor, string user, IReadOnlyList<ArticleBlock>? blocks, SpamPlan? spam, DateTime when, ParagraphMode mode, bool first)
    {
        Rng rng = ctx.Rng;
        MarkupWriter w = ctx.W;
        int depth = w.Depth;
        string date = ctx.Format(when);
        // A user's panel is the same in every post of the thread (seeded by the name).
        var userRng = Rng.For(ctx.Plan.Seed, user);
        string? signature = userRng.Chance(0.4) ? userRng.Pick(ctx.V.List("signatures")) : null;
        var profile = new List<string>
        {
            Vocabulary.Fill(ctx.V.Ui("posts"), ("n", userRng.Between(1, 20000).ToString(CultureInfo.InvariantCulture))),
            Vocabulary.Fill(ctx.V.Ui("joined"), ("date", ctx.FormatShort(ctx.Date.AddDays(-userRng.Between(30, 4000))))),
        };
        // The forum's templates: the same button row on every post.
        string buttonSeparator = Rng.For(ctx.Plan.Seed, "buttons").Pick([" ", " | ", " · "]);
        var buttons = Rich.LinkRow([(ctx.V.Ui("reply"), "#reply"), (ctx.V.Ui("quote"), "#quote"), (ctx.V.Ui("report"), "#report")], buttonSeparator);
        if (ctx.Layout.Tables)
        {
            w.Open("table", ctx.N.Attr("post") + $" id=\"pid{rng.Between(100000, 9999999)}\" width=\"100%\" cellspacing=\"0\"");
            w.Open("tr", null);
            w.Open("td", ctx.N.Attr("user") + " width=\"160\" valign=\"top\"");
            w.Element("div", null, new Rich().Link(user, "/space/uid/" + userRng.Between(100, 999999).ToString(CultureInfo.InvariantCulture)));
            foreach (string line in profile) w.Element("div", null, line);
            w.Close();
            w.Open("td", "valign=\"top\"");
            w.Element("div", ctx.N.Attr("meta-line"), new Rich().Text(date + "  ").Span("#" + floor.ToString(CultureInfo.InvariantCulture), null));
            PostBody(ctx, blocks, spam, mode, first);
            if (spam is null && signature is not null) w.Element("div", ctx.N.Attr("signature"), signature);
            w.Element("div", null, buttons);
        }
        else
        {
            w.Open(ctx.Tag("article"), ctx.N.Attr("post") + $" id=\"post-{rng.Between(100000, 9999999)}\"");
            w.Open("div", ctx.N.Attr("user"));
            w.Element("div", null, new Rich().Link(user, "/members/" + userRng.Between(100, 999999).ToString(CultureInfo.InvariantCulture)));
            if (Rng.For(ctx.Plan.Seed, "profiles").Chance(0.7)) foreach (string line in profile) w.Element("div", null, line);
            w.Close();
            w.Element("div", ctx.N.Attr("meta-line"), new Rich().Text(date).Text(first && rng.Chance(0.5) ? "" : "  #" + floor.ToString(CultureInfo.InvariantCulture)));
            PostBody(ctx, blocks, spam, mode, first);
            if (spam is null && signature is not null) w.Element("div", ctx.N.Attr("signature"), signature);
            w.Element("div", null, buttons);
        }
        w.CloseTo(depth);
    }

    private static void PostBody(PageContext ctx, IReadOnlyList<ArticleBlock>? blocks, SpamPlan? spam, ParagraphMode mode, bool first)
    {
        MarkupWriter w = ctx.W;
        if (spam is not null)
        {
            string attrs = ctx.N.Attr("post-body") + (spam.Hiding.Method == HidingMethod.Visible ? "" : " " + spam.Hiding.Attributes);
            w.Element("div", attrs.Trim(), SpamRenderer.CommentText(ctx, spam), Label.Spam, hidden: spam.Hiding.OffScreen);
            return;
        }
        w.Open("div", ctx.N.Attr("post-body"), Label.Content);
        // Injected spam goes into the opening post (the part of a thread that a hacked template or database edits).
        int spamAfter = ctx.Rng.Next(Math.Max(1, blocks!.Count - 1));
        BlockRenderer.Render(ctx, blocks, mode, i =>
        {
            if (first && i >= spamAfter && i < blocks.Count - 1) ctx.Spam(SpamPlacement.InArticle);
        });
        if (first)
        {
            ctx.Spam(SpamPlacement.InArticle);
            ctx.Spam(SpamPlacement.AfterArticle);
        }
        w.Close();
    }

    // The replies' titles as links, under a heading or not: a reply's opening words (or all of it, when short), and a
    // few one-line replies from the comment vocabulary, each with its author, time, size and views, some nested.
    private static void ThreadTree(PageContext ctx, DateTime after)
    {
        Rng rng = Rng.For(ctx.Plan.Seed, "thread-tree-items");
        MarkupWriter w = ctx.W;
        int depth = w.Depth;
        bool cjk = TextCut.IsCjk(ctx.Language);
        var items = new List<(string Title, string User, int Size)>();
        foreach (ForumPost reply in ctx.Replies)
        {
            int size = reply.Blocks.Sum(b => b.Text.Length);
            items.Add((TextCut.Cut(reply.Blocks[0].Text, ctx.Language, rng.Between(12, 60), rng.Between(40, 120), ""), reply.User, size));
        }
        IReadOnlyList<string> users = ctx.V.List("users");
        IReadOnlyList<string> comments = ctx.V.List("comments");
        foreach (string line in rng.Sample(comments, Math.Min(comments.Count, rng.Between(2, 8))))
        {
            items.Insert(rng.Between(0, items.Count), (line, rng.Pick(users), 0));
        }
        w.Open("div", ctx.N.Attr("thread-tree"));
        if (rng.Chance(0.7)) w.Element("div", ctx.N.Attr("thread-tree-title"), ctx.V.Ui("thread-tree"));
        w.Open("ul", null);
        DateTime when = after;
        for (int i = 0; i < items.Count; i++)
        {
            var (title, user, size) = items[i];
            when = when.AddMinutes(rng.Between(2, 900));
            string id = rng.Between(1000000, 9999999).ToString(CultureInfo.InvariantCulture);
            string views = rng.Between(20, 400).ToString(CultureInfo.InvariantCulture);
            string sizeText = size.ToString(CultureInfo.InvariantCulture) + (cjk ? "字" : " bytes");
            var item = new Rich().Link(title, "thread.jsp?id=" + id);
            if (cjk) item.Text("【").Link(user, "user.jsp?id=" + user).Text("】");
            else item.Text(" - ").Link(user, "/members/" + user).Text(" ");
            item.Span(ctx.FormatShort(when), ctx.N.Name("posttime")).Text($" {sizeText} [{views}/{rng.Between(0, 3)}]");
            // Now and then a reply to a reply, one level down.
            if (i > 0 && rng.Chance(0.15))
            {
                w.Open("ul", null);
                w.Element("li", null, item);
                w.Close();
            }
            else
            {
                w.Element("li", null, item);
            }
        }
        w.CloseTo(depth);
    }
}
