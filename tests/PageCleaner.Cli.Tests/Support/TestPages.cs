using System.Text;

namespace PageCleaner.Cli.Tests.Support;

/// <summary>
/// Pages written for these tests: the fixture files under Pages/ and articles generated from a seed, each with the
/// text a reader would keep and the page furniture a cleaner should drop.
/// </summary>
internal static class TestPages
{
    public const string ArticleHeading = "Harbor town opens new library after six years of planning";
    public const string ArticleSubheading = "A building shaped by its readers";

    /// <summary>The body paragraphs of Pages/article.html.</summary>
    public static readonly string[] ArticleParagraphs =
    [
        "The town of Saltmarsh Point opened its new public library on Saturday, ending a six-year campaign by residents who had raised money through bake sales, raffles and a much-loved annual swim across the bay.",
        "Architects held more than forty workshops with local families before drawing a single line. The result is a low timber hall with wide windows facing the harbour, a children's corner built around an old fishing boat, and a quiet reading room upstairs.",
        "Head librarian Oswin Carraway said the first day brought more than two thousand visitors, many of whom signed up for library cards on the spot. \"We ran out of forms by lunchtime,\" he said, laughing.",
    ];

    /// <summary>Navigation and footer text of Pages/article.html.</summary>
    public static readonly string[] ArticleFurniture = ["Contact us", "Privacy policy", "Cookie settings", "All rights reserved"];

    /// <summary>A paragraph of Pages/dump.txt (a plain text dump of a scraped page).</summary>
    public const string DumpParagraph = "Passengers who hold monthly passes do not need to do anything; the new times are already printed on the leaflets handed out on board and posted at both piers.";

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Pages", name);

    public static byte[] Fixture(string name) => File.ReadAllBytes(FixturePath(name));

    private static readonly string[] Subjects =
    [
        "The harbour committee", "Local fishermen", "The county council", "A group of volunteers", "The new ferry operator",
        "Teachers at the village school", "The regional museum", "Residents of the old quarter", "The rowing club",
    ];

    private static readonly string[] Verbs =
    [
        "agreed to fund", "spent the winter repairing", "published a plan for", "asked the mayor about",
        "celebrated the opening of", "raised money for", "voted against", "started a survey of",
    ];

    private static readonly string[] Objects =
    [
        "the coastal footpath", "a community garden behind the station", "the lighthouse keeper's cottage",
        "three new bus shelters", "the annual seaweed festival", "a repair café in the market hall",
        "the flooded cricket ground", "the last working rope factory", "a night bus to the county town",
    ];

    private static readonly string[] Tails =
    [
        "after a long debate on Tuesday evening.", "with help from a national heritage grant.", "despite warnings about the cost.",
        "before the summer season begins.", "to the surprise of many long-time residents.", "following complaints from dozens of families.",
        "once the spring storms had passed.",
    ];

    /// <summary>An article page whose text is made up from <paramref name="seed"/>: header, nav, article, sidebar, footer.</summary>
    public static GeneratedPage Article(int seed)
    {
        var random = new Random(seed);
        string title = Sentence(random).TrimEnd('.');
        var paragraphs = Enumerable.Range(0, 3 + random.Next(3)).Select(_ => Paragraph(random)).ToList();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<title>").Append(Escape(title)).Append(" | Coast Weekly</title>\n</head>\n<body>\n")
            .Append(Furniture.Header)
            .Append("<main>\n<article>\n<h1>").Append(Escape(title)).Append("</h1>\n")
            .Append("<p class=\"byline\">By staff reporter · ").Append(1 + (seed % 28)).Append(" May 2025</p>\n");
        foreach (string p in paragraphs) html.Append("<p>").Append(Escape(p)).Append("</p>\n");
        html.Append("</article>\n").Append(Furniture.Sidebar).Append("</main>\n").Append(Furniture.Footer).Append("</body>\n</html>\n");
        return new GeneratedPage(html.ToString(), title, paragraphs);
    }

    /// <summary>A plain text dump (one block per line) made up from <paramref name="seed"/>.</summary>
    public static GeneratedPage Dump(int seed)
    {
        var random = new Random(seed);
        string title = Sentence(random).TrimEnd('.');
        var paragraphs = Enumerable.Range(0, 3 + random.Next(3)).Select(_ => Paragraph(random)).ToList();
        string text = "Home\nNews\nSport\nWeather\nContact us\n" + title + "\n" + string.Join("\n", paragraphs) +
                      "\nShare this article\n© 2025 Coast Weekly. All rights reserved.\n";
        return new GeneratedPage(text, title, paragraphs);
    }

    public static string Paragraph(Random random) =>
        string.Join(" ", Enumerable.Range(0, 3 + random.Next(2)).Select(_ => Sentence(random)));

    public static string Sentence(Random random) =>
        $"{Pick(random, Subjects)} {Pick(random, Verbs)} {Pick(random, Objects)} {Pick(random, Tails)}";

    public static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];

    /// <summary>Page furniture shared by the generated pages.</summary>
    public static class Furniture
    {
        public const string Header =
            "<header class=\"site-header\">\n<div class=\"logo\"><a href=\"/\">Coast Weekly</a></div>\n<nav class=\"primary\"><ul>\n" +
            "<li><a href=\"/news\">News</a></li>\n<li><a href=\"/sport\">Sport</a></li>\n<li><a href=\"/weather\">Weather</a></li>\n" +
            "<li><a href=\"/letters\">Letters</a></li>\n<li><a href=\"/contact\">Contact us</a></li>\n</ul></nav>\n</header>\n";

        public const string Sidebar =
            "<aside class=\"most-read\"><h3>Most read</h3><ul>\n<li><a href=\"/a/1\">Tide tables for the week</a></li>\n" +
            "<li><a href=\"/a/2\">Parking charges rise again</a></li>\n<li><a href=\"/a/3\">Photos: the regatta in pictures</a></li>\n</ul></aside>\n";

        public const string Footer =
            "<footer class=\"site-footer\">\n<p>© 2025 Coast Weekly. All rights reserved.</p>\n<ul>\n" +
            "<li><a href=\"/privacy\">Privacy policy</a></li>\n<li><a href=\"/terms\">Terms of use</a></li>\n" +
            "<li><a href=\"/cookies\">Cookie settings</a></li>\n</ul>\n</footer>\n";
    }
}

/// <summary>A generated page and the text that belongs to its article.</summary>
internal sealed record GeneratedPage(string Content, string Title, IReadOnlyList<string> Paragraphs);
