using System.Text;

namespace PageCleaner.Cli.Tests.Support;

/// <summary>
/// Writes a small labeled folder in the formats of training-data/README.md: annotated HTML pages (the article marked
/// data-pc-label="content", furniture left unlabeled, some with data-pc-label="spam" blocks) and labeled text dumps.
/// </summary>
internal static class TrainingData
{
    public const int HtmlPages = 12;
    public const int Dumps = 4;

    private const string SpamBlock =
        "<div class=\"seo-links\" data-pc-label=\"spam\"><a href=\"http://x.example/casino\">best online casino bonus</a> " +
        "<a href=\"http://x.example/pills\">cheap pills without prescription</a> <a href=\"http://x.example/loans\">instant payday loans</a> " +
        "<a href=\"http://x.example/slots\">free slots jackpot win now</a></div>\n";

    /// <summary>Writes the labeled pages into <paramref name="relativeFolder"/> of <paramref name="temp"/>.</summary>
    /// <param name="inverted">Label the furniture as content and the article as boilerplate: a model trained on it keeps what the default model drops.</param>
    public static void Write(TempFolder temp, string relativeFolder, bool inverted = false)
    {
        for (int i = 0; i < HtmlPages; i++)
        {
            bool spam = !inverted && i % 5 == 1;
            temp.WriteText($"{relativeFolder}/html/en-news-{i + 1:00}.html", Html(100 + i, spam, inverted));
        }
        for (int i = 0; i < Dumps; i++)
        {
            temp.WriteText($"{relativeFolder}/text/en-news-{i + 1:00}.labeled.txt", Dump(200 + i, spam: !inverted && i == 0, inverted));
        }
    }

    private static string Html(int seed, bool spam, bool inverted)
    {
        var random = new Random(seed);
        string title = TestPages.Sentence(random).TrimEnd('.');
        string article = inverted ? "boilerplate" : "content";
        string furniture = inverted ? " data-pc-label=\"content\"" : "";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(TestPages.Escape(title)).Append(" | Coast Weekly</title>\n</head>\n<body>\n")
            .Append("<div class=\"chrome\"").Append(furniture).Append(">\n").Append(TestPages.Furniture.Header).Append("</div>\n")
            .Append("<main>\n<article data-pc-label=\"").Append(article).Append("\">\n<h1>").Append(TestPages.Escape(title)).Append("</h1>\n")
            .Append("<p class=\"byline\">By staff reporter · ").Append(1 + (seed % 28)).Append(" April 2025</p>\n");
        int paragraphs = 3 + random.Next(3);
        for (int p = 0; p < paragraphs; p++) html.Append("<p>").Append(TestPages.Escape(TestPages.Paragraph(random))).Append("</p>\n");
        html.Append("</article>\n");
        if (spam) html.Append(SpamBlock);
        html.Append("<div class=\"side\"").Append(furniture).Append(">\n").Append(TestPages.Furniture.Sidebar).Append(TestPages.Furniture.Footer)
            .Append("</div>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Dump(int seed, bool spam, bool inverted)
    {
        var random = new Random(seed);
        string c = inverted ? "b|" : "c|", b = inverted ? "c|" : "b|";
        var text = new StringBuilder();
        text.Append("# a regional news site, dumped one block per line\n");
        foreach (string nav in new[] { "Home", "News", "Sport", "Weather", "Contact us" }) text.Append(b).Append(nav).Append('\n');
        text.Append(c).Append(TestPages.Sentence(random).TrimEnd('.')).Append('\n').Append('\n');
        for (int p = 0; p < 4; p++) text.Append(c).Append(TestPages.Paragraph(random)).Append('\n').Append('\n');
        if (spam) text.Append("s|best online casino bonus | cheap pills without prescription | instant payday loans\n");
        text.Append(b).Append("Share this article\n").Append(b).Append("© 2025 Coast Weekly. All rights reserved.\n");
        return text.ToString();
    }
}
