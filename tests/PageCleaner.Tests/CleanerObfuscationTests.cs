using PageCleaner.Text;

namespace PageCleaner.Tests;

/// <summary>
/// The cleaner's obfuscation verdict and repair on whole pages: zero-width characters and homoglyphs put into the
/// sample article, and the sample pages left exactly as they are.
/// </summary>
public sealed class CleanerObfuscationTests
{
    private static readonly Cleaner Plain = Cleaner.CreateDefault();
    private static readonly Cleaner Repairing = Cleaner.CreateDefault(CleanerOptions.Default with { Repair = true });

    // A zero-width space between the letters of every "ri" in the article's paragraphs ("b\u200Bridge", "r\u200Biver").
    private static string WithZeroWidth(string page)
    {
        foreach (string p in SamplePages.ArticleParagraphs) page = page.Replace(p, p.Replace("ri", "r\u200Bi", StringComparison.Ordinal), StringComparison.Ordinal);
        return page;
    }

    // The Latin "o" of "council", "would" and "road" in the paragraphs swapped for a Cyrillic "о".
    private static string WithHomoglyphs(string page)
    {
        foreach (string p in SamplePages.ArticleParagraphs)
            page = page.Replace(p, p.Replace("council", "c\u043Euncil", StringComparison.Ordinal).Replace("would", "w\u043Euld", StringComparison.Ordinal).Replace("road", "r\u043Ead", StringComparison.Ordinal), StringComparison.Ordinal);
        return page;
    }

    [Fact]
    public void Zero_width_characters_in_an_html_article_flag_it_and_repair_gives_the_plain_text()
    {
        string page = WithZeroWidth(SamplePages.EnglishArticle);
        Assert.NotEqual(SamplePages.EnglishArticle, page);

        CleanResult flagged = Plain.Clean(page, "zw.html");
        CleanResult repaired = Repairing.Clean(page, "zw.html");

        Assert.Equal(ObfuscationKinds.ZeroWidth, flagged.Verdict.Obfuscation.Kinds);
        Assert.Contains("\u200B", flagged.Text, StringComparison.Ordinal);
        Assert.Equal(Plain.Clean(SamplePages.EnglishArticle, "a.html").Text, repaired.Text);
        Assert.True(repaired.Verdict.Obfuscated);
    }

    [Fact]
    public void Homoglyphs_flag_the_page_and_repair_leaves_them()
    {
        string page = WithHomoglyphs(SamplePages.EnglishArticle);

        CleanResult flagged = Plain.Clean(page, "h.html");

        Assert.Equal(ObfuscationKinds.Homoglyphs, flagged.Verdict.Obfuscation.Kinds);
        Assert.InRange(flagged.Verdict.Obfuscation.Homoglyphs, 3, 20);
        Assert.Equal(flagged.Text, Repairing.Clean(page, "h.html").Text);
    }

    [Fact]
    public void The_sample_pages_are_not_flagged_and_repair_changes_nothing_in_them()
    {
        foreach (string page in new[] { SamplePages.EnglishArticle, SamplePages.ChineseFarmDump })
        {
            CleanResult plain = Plain.Clean(page, "p");
            CleanResult repaired = Repairing.Clean(page, "p");
            Assert.Equal(ObfuscationReport.None, plain.Verdict.Obfuscation);
            Assert.Equal(plain.Text, repaired.Text);
            Assert.Equal(plain.Title, repaired.Title);
            Assert.Equal(plain.Blocks.Select(b => b.Text), repaired.Blocks.Select(b => b.Text));
        }
    }

    [Fact]
    public void A_long_adversarial_text_is_scanned_in_one_pass()
    {
        // Unclosed annotations, long zero-width runs and long mixed-alphabet words: a quadratic scan would take minutes.
        string text = string.Concat(Enumerable.Repeat("門(mén門(zhuan", 50_000)) + new string('\u200B', 500_000) + "a"
            + string.Concat(Enumerable.Repeat("p\u0430", 250_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        ObfuscationReport report = ObfuscationScanner.Scan([text]);
        Assert.Equal(0, report.PinyinAnnotations);
        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 20);
    }
}
