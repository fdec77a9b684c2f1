using System.Text;
using System.Text.Json;

namespace PageCleaner.Cli.Tests.Check;

/// <summary>
/// Pages written for the check tests: a news page and a text dump, each with or without an injected block of
/// gambling, pharma and loan links, and JSONL files made of them.
/// </summary>
internal static class CheckPages
{
    public const string SpamLinks =
        "<div class=\"seo-links\"><a href=\"http://x.example/casino\">best online casino bonus</a> " +
        "<a href=\"http://x.example/pills\">cheap pills without prescription</a> <a href=\"http://x.example/loans\">instant payday loans</a> " +
        "<a href=\"http://x.example/slots\">free slots jackpot win now</a></div>";

    public const string SpamLine = "best online casino bonus | cheap pills without prescription | instant payday loans | free slots jackpot win now";

    /// <summary>The start of the excerpt a finding on <see cref="SpamLinks"/> or <see cref="SpamLine"/> shows.</summary>
    public const string SpamExcerptStart = "best online casino bonus";

    public static readonly string[] Paragraphs =
    [
        "Members of the rowing club spent the winter replacing the rotten floor of their boathouse, a job that took eleven weekends and most of the club's savings.",
        "The club's captain said the new floor would let them store two more boats and host the regional junior regatta for the first time since the building flooded.",
        "Volunteers also painted the doors, fixed the slipway lights and planted a hedge along the path to the car park.",
    ];

    public static readonly string[] Navigation = ["Home", "News", "Sport"];

    public static readonly string[] Footer = ["Share this article", "© 2025 Coast Weekly. All rights reserved."];

    /// <summary>An HTML news page; with <paramref name="spam"/> the link block sits after the article, on a line of its own.</summary>
    public static string Html(bool spam)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<title>Rowing club repairs its boathouse | Coast Weekly</title>\n</head>\n<body>\n")
            .Append("<header class=\"site-header\">\n<div class=\"logo\"><a href=\"/\">Coast Weekly</a></div>\n<nav class=\"primary\"><ul>\n")
            .Append("<li><a href=\"/news\">News</a></li>\n<li><a href=\"/sport\">Sport</a></li>\n<li><a href=\"/contact\">Contact us</a></li>\n")
            .Append("</ul></nav>\n</header>\n<main>\n<article>\n<h1>Rowing club repairs its boathouse</h1>\n")
            .Append("<p class=\"byline\">By staff reporter · 3 May 2025</p>\n");
        foreach (string p in Paragraphs) html.Append("<p>").Append(p.Replace("'", "&#39;", StringComparison.Ordinal)).Append("</p>\n");
        html.Append("</article>\n");
        if (spam) html.Append(SpamLinks).Append('\n');
        html.Append("</main>\n<footer class=\"site-footer\"><p>© 2025 Coast Weekly. All rights reserved.</p></footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>A text dump, one block per line: navigation, title, paragraphs (the spam line after the second), footer.</summary>
    public static string Dump(bool spam, string newline = "\n")
    {
        var lines = new List<string>(Navigation) { "Rowing club repairs its boathouse", Paragraphs[0], Paragraphs[1] };
        if (spam) lines.Add(SpamLine);
        lines.Add(Paragraphs[2]);
        lines.AddRange(Footer);
        return string.Join(newline, lines) + newline;
    }

    /// <summary>The 1-based line of the first line of <paramref name="text"/> containing <paramref name="needle"/>.</summary>
    public static int LineOf(string text, string needle)
    {
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(needle, StringComparison.Ordinal)) return i + 1;
        }
        throw new ArgumentException($"'{needle}' is not in the text", nameof(needle));
    }

    /// <summary>One JSONL line: an object with an id, the given field and a language.</summary>
    public static string JsonLine(int id, string field, string value) =>
        JsonSerializer.Serialize(new Dictionary<string, object> { ["id"] = id, [field] = value, ["lang"] = "en" });
}
