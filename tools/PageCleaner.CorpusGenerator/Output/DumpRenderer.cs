using System.Text;
using PageCleaner.CorpusGenerator.Markup;
using PageCleaner.CorpusGenerator.Planning;

namespace PageCleaner.CorpusGenerator.Output;

/// <summary>
/// Writes a page's dump lines as a labeled text dump (training-data/README.md, form 2) in one scraper's style.
/// Hidden text is left out unless the style keeps it; when kept it stays labeled spam.
/// </summary>
internal static class DumpRenderer
{
    public static string Render(IReadOnlyList<DumpLine> lines, DumpStyle style, string comment)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(comment).Append('\n');
        int minDepth = int.MaxValue;
        foreach (DumpLine line in lines) minDepth = Math.Min(minDepth, line.Depth);
        bool firstZoneLine = true;
        bool lastBlank = true;
        bool started = !style.FromTitle;
        foreach (DumpLine line in lines)
        {
            if (line.Hidden && !style.KeepHidden) continue;
            // Scrapers that cut the header off start at the first line of the article.
            started |= line.Label == Label.Content;
            if (!started) continue;
            string indent = "";
            if (line.ArticleZone)
            {
                // The first line of the article zone is the title, which dumps print flush left.
                if (style.Indent == "zone" && !firstZoneLine) indent = "    ";
                firstZoneLine = false;
            }
            if (style.Indent == "depth") indent = new string(' ', Math.Min(12, 2 * (line.Depth - minDepth)));
            IReadOnlyList<string> texts = line.Links is { Count: > 0 } links && style.SplitLinkRows ? links : [line.Text];
            foreach (string text in texts)
            {
                string clean = text.Replace('\r', ' ').Replace('\n', ' ');
                if (clean.Trim().Length == 0) continue;
                sb.Append(LabelNames.Prefix(line.Label)).Append('|').Append(indent).Append(clean).Append('\n');
                lastBlank = false;
            }
            bool blank = style.BlankLines switch
            {
                "every" => true,
                "paragraphs" => line.Paragraph,
                _ => false,
            };
            if (blank && !lastBlank)
            {
                sb.Append('\n');
                lastBlank = true;
            }
        }
        return sb.ToString();
    }
}
