using System.Globalization;
using System.Text;
using PageCleaner.Documents;
using PageCleaner.Learning.Training;
using PageCleaner.Segmentation;

namespace PageCleaner.Tests.Learning;

/// <summary>
/// Small annotated pages built from word lists with a seeded generator: article paragraphs labeled content,
/// short navigation link lists and footers left unlabeled (boilerplate), and keyword lines labeled spam; and labeled
/// text dumps of the same make.
/// </summary>
internal static class SyntheticPages
{
    private static readonly string[] Subjects =
        ["The council", "A local farmer", "The new library", "Our reporter", "The harbour authority", "A group of students", "The museum", "Residents"];

    private static readonly string[] Verbs =
        ["announced", "described", "questioned", "welcomed", "postponed", "explained", "reviewed", "celebrated"];

    private static readonly string[] Objects =
        ["the plan for a new cycle path", "a dispute over parking fees", "the results of the spring survey", "a delay to the river works",
         "the budget for next year", "an exhibition of old maps", "the closure of the night bus", "a proposal to plant more trees"];

    private static readonly string[] Tails =
        ["after a long meeting on Monday", "despite objections from several neighbours", "according to a statement released this week",
         "which had been expected for months", "in front of a small crowd", "while the weather stayed mild"];

    private static readonly string[] NavWords = ["Home", "News", "Sport", "Weather", "Travel", "Culture", "Opinion", "Contact", "About", "Video"];

    private static readonly string[] SpamWords =
        ["casino bonus", "free slots", "poker online", "betting tips", "cheap viagra", "payday loan", "replica watches", "xxx videos", "escort service"];

    public static string Html(int seed, bool withSpam)
    {
        var random = new Random(seed);
        string Pick(string[] words) => words[random.Next(words.Length)];
        string Sentence() => $"{Pick(Subjects)} {Pick(Verbs)} {Pick(Objects)} {Pick(Tails)}.";

        var sb = new StringBuilder();
        string title = $"{Pick(Subjects)} {Pick(Verbs)} {Pick(Objects)}";
        sb.Append("<html><head><title>").Append(title).Append("</title></head><body>\n<nav><ul>");
        int navItems = 4 + random.Next(4);
        for (int i = 0; i < navItems; i++) sb.Append("<li><a href=\"/s").Append(i).Append("\">").Append(Pick(NavWords)).Append("</a></li>");
        sb.Append("</ul></nav>\n<div class=\"story\" data-pc-label=\"content\">\n<h1>").Append(title).Append("</h1>\n");
        int paragraphs = 3 + random.Next(4);
        for (int i = 0; i < paragraphs; i++)
        {
            sb.Append("<p>");
            int sentences = 2 + random.Next(3);
            for (int j = 0; j < sentences; j++) sb.Append(Sentence()).Append(' ');
            sb.Append("</p>\n");
        }
        sb.Append("</div>\n");
        if (withSpam)
        {
            sb.Append("<div data-pc-label=\"spam\"><p>");
            int words = 4 + random.Next(4);
            for (int i = 0; i < words; i++) sb.Append(i == 0 ? "" : " | ").Append("<a href=\"http://spam").Append(i).Append(".example/\">").Append(Pick(SpamWords)).Append("</a>");
            sb.Append("</p></div>\n");
        }
        sb.Append("<footer><p><a href=\"/privacy\">Privacy</a> | <a href=\"/terms\">Terms</a></p><p>© 2025 The ")
            .Append(Pick(NavWords)).Append(" Gazette</p></footer>\n</body></html>");
        return sb.ToString();
    }

    public static LabeledPage Page(int seed, bool withSpam)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Html(seed, withSpam));
        var page = PageReader.Read(bytes, CleanerOptions.Default with { Input = InputKind.Html }, readAnnotations: true);
        return new LabeledPage(string.Create(CultureInfo.InvariantCulture, $"synthetic-{seed}.html"), "", page);
    }

    /// <summary>
    /// A labeled text dump of the same make, in the plain format a person edits (<c>c|</c>, <c>b|</c>, <c>s|</c>):
    /// navigation lines, a headline and paragraphs, a spam line on request, footer lines.
    /// </summary>
    public static string Dump(int seed, bool withSpam)
    {
        var random = new Random(seed);
        string Pick(string[] words) => words[random.Next(words.Length)];
        var sb = new StringBuilder();
        int navItems = 3 + random.Next(4);
        for (int i = 0; i < navItems; i++) sb.Append("b|").Append(Pick(NavWords)).Append('\n');
        sb.Append("c|").Append(Pick(Subjects)).Append(' ').Append(Pick(Verbs)).Append(' ').Append(Pick(Objects)).Append('\n');
        int paragraphs = 3 + random.Next(4);
        for (int i = 0; i < paragraphs; i++)
        {
            sb.Append("c|");
            int sentences = 2 + random.Next(3);
            for (int j = 0; j < sentences; j++) sb.Append($"{Pick(Subjects)} {Pick(Verbs)} {Pick(Objects)} {Pick(Tails)}. ");
            sb.Append('\n');
        }
        if (withSpam) sb.Append("s|").Append(string.Join(" | ", Enumerable.Range(0, 4 + random.Next(4)).Select(_ => Pick(SpamWords)))).Append('\n');
        sb.Append("b|Privacy | Terms\nb|© 2025 The ").Append(Pick(NavWords)).Append(" Gazette\n");
        return sb.ToString();
    }

    public static LabeledPage DumpPage(int seed, bool withSpam)
    {
        var (text, labels) = LabeledTextDump.Parse(Dump(seed, withSpam), "synthetic.labeled.txt");
        var encoding = new DetectedEncoding("utf-8", EncodingEvidence.Caller, "test dump");
        return new LabeledPage(string.Create(CultureInfo.InvariantCulture, $"synthetic-{seed}.labeled.txt"), "", TextSegmenter.Segment(text, encoding, labels), LabelsChecked: true);
    }

    /// <summary><paramref name="count"/> labeled dumps from consecutive seeds; every other one carries a spam line.</summary>
    public static List<LabeledPage> DumpPages(int firstSeed, int count) =>
        Enumerable.Range(firstSeed, count).Select(s => DumpPage(s, withSpam: s % 2 == 0)).ToList();

    /// <summary><paramref name="count"/> pages from consecutive seeds; every other page carries a spam block.</summary>
    public static List<LabeledPage> Pages(int firstSeed, int count) =>
        Enumerable.Range(firstSeed, count).Select(s => Page(s, withSpam: s % 2 == 0)).ToList();
}
