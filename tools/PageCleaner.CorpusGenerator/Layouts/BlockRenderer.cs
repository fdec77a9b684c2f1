using PageCleaner.CorpusGenerator.Markup;
using PageCleaner.CorpusGenerator.Parts;

namespace PageCleaner.CorpusGenerator.Layouts;

/// <summary>Writes article blocks (paragraphs, headings, lists, quotes, captions, tables, code) in a paragraph mode.</summary>
internal static class BlockRenderer
{
    /// <summary>
    /// Writes the blocks into the open container; <paramref name="between"/> runs after blocks with the index of the
    /// last block written (for ads and spam; in <see cref="ParagraphMode.Breaks"/> only where a run of text ends).
    /// </summary>
    public static void Render(PageContext ctx, IReadOnlyList<ArticleBlock> blocks, ParagraphMode mode, Action<int>? between = null)
    {
        MarkupWriter w = ctx.W;
        var pending = new List<Rich>();
        void FlushBreaks()
        {
            if (pending.Count == 0) return;
            w.BreakSeparated([.. pending], ctx.Language.StartsWith("zh", StringComparison.Ordinal) && ctx.Rng.Chance(0.6) ? "\u3000\u3000" : "", paragraph: true);
            pending.Clear();
        }

        for (int i = 0; i < blocks.Count; i++)
        {
            ArticleBlock block = blocks[i];
            if (mode == ParagraphMode.Breaks && block.Kind is BlockKind.Paragraph or BlockKind.Lead)
            {
                pending.Add(Inline(ctx, block.Text));
                if (between is not null && i < blocks.Count - 1 && WouldInterrupt(ctx, i)) FlushBreaks();
                else continue;
            }
            else if (mode == ParagraphMode.Breaks && block.Kind is BlockKind.Heading or BlockKind.Subheading && ctx.Rng.Chance(0.5))
            {
                pending.Add(new Rich().Strong(block.Text));
                continue;
            }
            else
            {
                FlushBreaks();
                One(ctx, block, mode);
            }
            between?.Invoke(i);
        }
        FlushBreaks();
    }

    // Breaks mode keeps paragraphs together; the hook only gets a chance where the layout has something to insert.
    private static bool WouldInterrupt(PageContext ctx, int index) => ctx.Rng.Chance(0.25) || index == 1;

    private static void One(PageContext ctx, ArticleBlock block, ParagraphMode mode)
    {
        MarkupWriter w = ctx.W;
        var rng = ctx.Rng;
        switch (block.Kind)
        {
            case BlockKind.Paragraph:
                switch (mode)
                {
                    case ParagraphMode.IndentedP:
                        w.Element("p", null, new Rich().Text("\u3000\u3000").Text(block.Text), paragraph: true);
                        break;
                    case ParagraphMode.Div:
                        w.Element("div", null, Inline(ctx, block.Text), paragraph: true);
                        break;
                    default:
                        w.Element("p", rng.Chance(0.05) ? "style=\"text-indent:2em\"" : null, Inline(ctx, block.Text), paragraph: true);
                        break;
                }
                break;
            case BlockKind.Lead:
                if (rng.Chance(0.5)) w.Element("p", ctx.N.Attr("lead"), new Rich().Strong(block.Text), paragraph: true);
                else w.Element(rng.Chance(0.5) ? "h2" : "div", ctx.N.Attr("summary"), block.Text, paragraph: true);
                break;
            case BlockKind.Heading:
                if (mode is ParagraphMode.IndentedP && rng.Chance(0.5)) w.Element("p", null, new Rich().Strong(block.Text));
                else w.Element(rng.Chance(0.8) ? "h2" : "h3", null, block.Text);
                break;
            case BlockKind.Subheading:
                w.Element(rng.Chance(0.8) ? "h3" : "h4", null, block.Text);
                break;
            case BlockKind.List:
            case BlockKind.OrderedList:
                w.Open(block.Kind == BlockKind.List ? "ul" : "ol", null);
                foreach (string item in block.Items) w.Element("li", null, Inline(ctx, item));
                w.Close();
                break;
            case BlockKind.Quote:
                if (rng.Chance(0.5))
                {
                    w.Element("blockquote", null, block.Text, paragraph: true);
                }
                else
                {
                    w.Open("blockquote", null);
                    w.Element("p", null, block.Text, paragraph: true);
                    w.Close();
                }
                break;
            case BlockKind.Caption:
                Caption(ctx, block.Text);
                break;
            case BlockKind.Table:
                Table(ctx, block.Items);
                break;
            case BlockKind.Code:
                string code = string.Join("\n", block.Items);
                if (rng.Chance(0.6))
                {
                    w.Element("pre", null, new Rich().Markup("<code>").Text(code).Markup("</code>"));
                }
                else
                {
                    w.Element("pre", rng.Chance(0.5) ? "class=\"highlight\"" : null, code);
                }
                break;
        }
    }

    private static void Caption(PageContext ctx, string text)
    {
        MarkupWriter w = ctx.W;
        string img = $"<img src=\"/uploads/{ctx.Date:yyyyMM}/{ctx.Rng.Token(10)}.jpg\" alt=\"\" width=\"{ctx.Rng.Between(4, 8) * 100}\">";
        switch (ctx.Rng.Next(3))
        {
            case 0:
                w.Open("figure", ctx.N.Attr("figure"));
                w.Raw(img);
                w.NewLine();
                w.Element("figcaption", null, text);
                w.Close();
                break;
            case 1:
                w.Element("p", "align=\"center\"", new Rich().Markup(img).Break().Text(text));
                break;
            default:
                w.Open("div", ctx.N.Attr("image"));
                w.Raw(img);
                w.NewLine();
                w.Close();
                w.Element("p", ctx.N.Attr("caption"), text);
                break;
        }
    }

    private static void Table(PageContext ctx, IReadOnlyList<string> rows)
    {
        MarkupWriter w = ctx.W;
        w.Open("table", ctx.Rng.Chance(0.5) ? "border=\"1\" cellpadding=\"4\"" : ctx.N.Attr("table"));
        for (int r = 0; r < rows.Count; r++)
        {
            w.Open("tr", null);
            foreach (string cell in ArticleBlock.Cells(rows[r])) w.Element(r == 0 ? "th" : "td", null, cell);
            w.Close();
        }
        w.Close();
    }

    /// <summary>Paragraph text with <c>[linked words]</c> turned into links.</summary>
    public static Rich Inline(PageContext ctx, string text)
    {
        var rich = new Rich();
        int pos = 0;
        while (pos < text.Length)
        {
            int open = text.IndexOf('[', pos);
            int close = open < 0 ? -1 : text.IndexOf(']', open + 1);
            if (open < 0 || close < 0)
            {
                rich.Text(text[pos..]);
                break;
            }
            rich.Text(text[pos..open]);
            rich.Link(text[(open + 1)..close], ctx.Href());
            pos = close + 1;
        }
        return rich;
    }
}
