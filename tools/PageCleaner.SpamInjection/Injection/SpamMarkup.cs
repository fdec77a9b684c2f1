using System.Text;
using PageCleaner.SpamInjection.Spam;

namespace PageCleaner.SpamInjection.Injection;

/// <summary>An injected block's HTML and, for the stylesheet methods, the CSS rule that hides it.</summary>
/// <param name="Html">The block's markup.</param>
/// <param name="StyleRule">A rule for the page's <c>&lt;style&gt;</c>, or null.</param>
internal sealed record SpamMarkup(string Html, string? StyleRule)
{
    // Where a method has several spellings, each half of the spam texts gets its own, so the measured blocks are not
    // written exactly as the training blocks were.
    private static readonly string[] EvalRuleDeclarations = ["display:none", "visibility:hidden", "display: none !important"];
    private static readonly string[] TrainRuleDeclarations = ["position:absolute;left:-9999px", "font-size:0", "display:none"];

    // Element names rarely seen in articles; a tag rule hides every one of them, so one the page lacks is chosen.
    private static readonly string[] RareTags = ["dfn", "samp", "kbd", "bdi", "tt", "strike", "big", "acronym", "var", "s"];

    /// <summary>Writes <paramref name="block"/> hidden (or shown) by <paramref name="method"/>.</summary>
    /// <param name="block">The spam texts.</param>
    /// <param name="method">The hiding method.</param>
    /// <param name="page">The page it goes into (to pick a tag it does not use).</param>
    /// <param name="random">The source of every choice.</param>
    public static SpamMarkup Render(SpamBlock block, HidingMethod method, string page, Random random)
    {
        bool eval = block.Half == SpamHalf.Eval;
        bool links = method == HidingMethod.VisibleLinks || (method != HidingMethod.KeywordLine && random.Next(4) != 0);
        bool wrapWords = method == HidingMethod.StyleDescendant && !links;
        string content = links ? LinkList(block, random, eval) : KeywordRun(block, random, wrapWords);
        if (block.Heading is not null) content = $"<b>{block.Heading}</b> " + content;
        string name = Identifier(random);
        string[] declarations = eval ? EvalRuleDeclarations : TrainRuleDeclarations;
        string hiding = declarations[random.Next(declarations.Length)];
        return method switch
        {
            HidingMethod.DisplayNone => Styled(content, eval ? "display:none" : "display: none;"),
            HidingMethod.VisibilityHidden => Styled(content, "visibility:hidden"),
            HidingMethod.FontSizeZero => Styled(content, eval ? "font-size:0" : "font-size:0px;line-height:0"),
            HidingMethod.OpacityZero => Styled(content, eval ? "opacity:0" : "opacity:0.0;filter:alpha(opacity=0)"),
            HidingMethod.TinyBox => Styled(content, eval ? "width:1px;height:1px;overflow:hidden" : "height:0;overflow:hidden"),
            HidingMethod.OffScreenAbsolute => Styled(content, $"position:absolute;left:-{random.Next(3000, 20000)}px;top:-{random.Next(1000, 9000)}px"),
            HidingMethod.OffScreenFixed => Styled(content, $"position:fixed;top:-{random.Next(3000, 20000)}px"),
            HidingMethod.TextIndent => Styled(content, "text-indent:-9999px;overflow:hidden"),
            HidingMethod.Clip => Styled(content, eval ? "position:absolute;clip:rect(0 0 0 0)" : "position:absolute;clip:rect(0px,0px,0px,0px)"),
            HidingMethod.HiddenAttribute => new($"<div hidden>{content}</div>", null),
            HidingMethod.AriaHidden => new($"<div aria-hidden=\"true\">{content}</div>", null),
            HidingMethod.StyleClass => new($"<div class=\"{name}\">{content}</div>", $".{name}{{{hiding}}}"),
            HidingMethod.StyleId => new($"<div id=\"{name}\">{content}</div>", $"#{name}{{{hiding}}}"),
            HidingMethod.StyleTag => TagRule(content, page, hiding),
            HidingMethod.StyleDescendant => new($"<div class=\"{name}\">{content}</div>", $".{name} {(links ? "a" : "span")}{{{hiding}}}"),
            HidingMethod.Marquee => new(Marquee(content, random, eval), null),
            HidingMethod.VisibleLinks => new($"<div class=\"{name}\">{content}</div>", null),
            HidingMethod.KeywordLine => new($"<p>{content}</p>", null),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
        };
    }

    private static SpamMarkup Styled(string content, string style) => new($"<div style=\"{style}\">{content}</div>", null);

    private static SpamMarkup TagRule(string content, string page, string hiding)
    {
        string tag = RareTags.FirstOrDefault(t => !page.Contains("<" + t + ">", StringComparison.OrdinalIgnoreCase) && !page.Contains("<" + t + " ", StringComparison.OrdinalIgnoreCase))
            ?? "pcx";
        return new($"<div><{tag}>{content}</{tag}></div>", $"{tag}{{{hiding}}}");
    }

    private static string Marquee(string content, Random random, bool eval) => (eval ? random.Next(2) * 2 : 1) switch
    {
        0 => $"<marquee width=\"1\" height=\"1\" scrollamount=\"{random.Next(1000, 9999)}\">{content}</marquee>",
        1 => $"<marquee direction=\"up\" height=\"2\">{content}</marquee>",
        _ => $"<marquee>{content}</marquee>",
    };

    private static string LinkList(SpamBlock block, Random random, bool eval)
    {
        var sb = new StringBuilder();
        bool items = random.Next(3) == 0;
        string separator = eval ? (random.Next(2) == 0 ? " | " : " ") : (random.Next(2) == 0 ? "| " : " - ");
        string attributes = eval ? " target=\"_blank\"" : " rel=\"nofollow\"";
        if (items) sb.Append("<ul>");
        for (int i = 0; i < block.Phrases.Count; i++)
        {
            string link = $"<a href=\"http://{block.Hosts[i]}/\"{attributes}>{block.Phrases[i]}</a>";
            if (items) sb.Append("<li>").Append(link).Append("</li>");
            else sb.Append(i > 0 ? separator : "").Append(link);
        }
        if (items) sb.Append("</ul>");
        return sb.ToString();
    }

    private static string KeywordRun(SpamBlock block, Random random, bool wrapWords)
    {
        string separator = block.Half == SpamHalf.Eval ? (random.Next(2) == 0 ? " " : ", ") : (random.Next(2) == 0 ? " | " : "; ");
        return string.Join(separator, block.Phrases.Select(p => wrapWords ? $"<span>{p}</span>" : p));
    }

    private static string Identifier(Random random)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        var sb = new StringBuilder();
        sb.Append(letters[random.Next(letters.Length)]);
        int length = random.Next(3, 7);
        for (int i = 0; i < length; i++) sb.Append("abcdefghijklmnopqrstuvwxyz0123456789"[random.Next(36)]);
        return sb.ToString();
    }
}
