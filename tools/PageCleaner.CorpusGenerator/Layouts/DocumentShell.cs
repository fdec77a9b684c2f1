using System.Text;
using PageCleaner.CorpusGenerator.Markup;
using PageCleaner.CorpusGenerator.Planning;
using PageCleaner.CorpusGenerator.Randomness;

namespace PageCleaner.CorpusGenerator.Layouts;

/// <summary>The document around the body: doctype, head (charset declaration, title, meta, styles, scripts) and the end.</summary>
internal static class DocumentShell
{
    public static void Begin(PageContext ctx)
    {
        Rng rng = ctx.Rng;
        MarkupWriter w = ctx.W;
        bool old = ctx.Layout.Tables || rng.Chance(0.15);
        var sb = new StringBuilder();
        string lang = ctx.Language switch
        {
            "zh-hans" => rng.Pick(["zh-CN", "zh-cn", "zh-Hans"]),
            "zh-hant" => rng.Pick(["zh-TW", "zh-Hant", "zh-HK"]),
            _ => ctx.Language,
        };
        string dir = ctx.Language == "ar" ? " dir=\"rtl\"" : "";
        if (old)
        {
            sb.Append(rng.Chance(0.5)
                ? "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\" \"http://www.w3.org/TR/html4/loose.dtd\">\n"
                : "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n");
            sb.Append(rng.Chance(0.5) ? $"<html xmlns=\"http://www.w3.org/1999/xhtml\"{dir}>\n" : $"<html{dir}>\n");
        }
        else
        {
            sb.Append(rng.Chance(0.8) ? "<!DOCTYPE html>\n" : "<!doctype html>\n");
            sb.Append($"<html lang=\"{lang}\"{dir}>\n");
        }
        sb.Append("<head>\n");
        EncodingPlan enc = ctx.Plan.Encoding;
        if (enc.Declaration == "meta-charset") sb.Append($"<meta charset=\"{enc.Label}\">\n");
        else if (enc.Declaration == "http-equiv") sb.Append($"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={enc.Label}\">\n");
        if (!old && rng.Chance(0.7)) sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<title>");
        HtmlText.Append(sb, w.Visible(Title(ctx)));
        sb.Append("</title>\n");
        if (rng.Chance(0.6))
        {
            sb.Append("<meta name=\"description\" content=\"");
            HtmlText.Append(sb, w.Visible(TextCut.Cut(ctx.Article.FirstParagraph, ctx.Language, 60, 150)), attribute: true);
            sb.Append("\">\n");
        }
        if (rng.Chance(0.4) && ctx.Article.Tags.Count > 0)
        {
            sb.Append("<meta name=\"keywords\" content=\"");
            HtmlText.Append(sb, string.Join(",", ctx.Article.Tags), attribute: true);
            sb.Append("\">\n");
        }
        if (rng.Chance(0.5)) sb.Append($"<link rel=\"stylesheet\" href=\"/static/css/{rng.Pick(["main", "style", "global", "article", "app"])}.{rng.Token(8)}.css\">\n");
        if (rng.Chance(0.3))
        {
            sb.Append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"")
              .Append(ctx.Plan.Kind switch { "product" => "Product", "forum" => "DiscussionForumPosting", "docs" => "TechArticle", _ => "NewsArticle" })
              .Append("\",\"headline\":\"");
            sb.Append(JsonEscape(ctx.Article.Title)).Append("\",\"datePublished\":\"").Append(ctx.Date.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)).Append("\"}</script>\n");
        }
        if (rng.Chance(0.6))
        {
            sb.Append(rng.Next(3) switch
            {
                0 => $"<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement(\"script\");hm.src=\"https://hm.example-stats.com/hm.js?{rng.Token(32, "0123456789abcdef")}\";document.head.appendChild(hm);}})();</script>\n",
                1 => $"<script async src=\"https://stats.example-tag.com/gtag/js?id=G-{rng.Token(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}\"></script>\n",
                _ => $"<script>window.__INITIAL_STATE__={{\"page\":\"{ctx.Plan.Kind}\",\"id\":{rng.Between(1000, 999999)}}};</script>\n",
            });
        }
        var rules = new StringBuilder();
        if (rng.Chance(0.5)) rules.Append("body{margin:0;font-family:sans-serif}");
        if (ctx.Plan.Kind == "farm" || rng.Chance(0.2)) rules.Append(".content p{margin:0 0 1em;text-indent:2em}");
        foreach (SpamPlan spam in ctx.Plan.Spam)
        {
            if (spam.Hiding.StyleRule is string rule) rules.Append(rule);
        }
        if (rules.Length > 0) sb.Append("<style>").Append(rules).Append("</style>\n");
        sb.Append("</head>\n");
        sb.Append(old && rng.Chance(0.6) ? "<body bgcolor=\"#ffffff\" leftmargin=\"0\" topmargin=\"0\">" : rng.Chance(0.5) ? $"<body class=\"{ctx.Plan.Kind}-page\">" : "<body>");
        w.Raw(sb.ToString());
        w.NewLine();
        ctx.Spam(SpamPlacement.BodyStart);
    }

    /// <summary>Spam still waiting, &lt;/body&gt;&lt;/html&gt;, and spam after the end of the document.</summary>
    public static void End(PageContext ctx)
    {
        MarkupWriter w = ctx.W;
        ctx.Spam(SpamPlacement.BodyEnd);
        ctx.SpamLeftovers();
        w.CloseTo(0);
        w.Raw("</body>\n</html>\n");
        ctx.Spam(SpamPlacement.AfterHtml);
    }

    private static string Title(PageContext ctx)
    {
        string title = ctx.Article.Title;
        return ctx.Rng.Next(5) switch
        {
            0 => title,
            1 => $"{title} - {ctx.Site}",
            2 => $"{title}_{ctx.Section}_{ctx.Site}",
            3 => $"{ctx.Site} | {title}",
            _ => $"{title} | {ctx.Section} | {ctx.Site}",
        };
    }

    private static string JsonEscape(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("</", "<\\/", StringComparison.Ordinal);
}
