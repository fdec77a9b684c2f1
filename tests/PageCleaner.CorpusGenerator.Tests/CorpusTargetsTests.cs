using PageCleaner.CorpusGenerator.Markup;
using PageCleaner.CorpusGenerator.Planning;

namespace PageCleaner.CorpusGenerator.Tests;

/// <summary>The default corpus meets the targets of issue 3 and spreads over the variety the manifest records.</summary>
public sealed class CorpusTargetsTests
{
    private static readonly Dictionary<string, Dictionary<string, string>> Rows = Manifest.Read(Repository.DefaultCorpus);

    private static IEnumerable<Dictionary<string, string>> Pages => Rows.Values.Where(r => r["file"].StartsWith("html/", StringComparison.Ordinal));

    private static IEnumerable<Dictionary<string, string>> Dumps => Rows.Values.Where(r => r["file"].StartsWith("text/", StringComparison.Ordinal));

    [Fact]
    public void At_least_300_pages_and_100_dumps_in_at_least_12_languages()
    {
        Assert.True(Pages.Count() >= 300);
        Assert.True(Dumps.Count() >= 100);
        Assert.True(Rows.Values.Select(r => r["language"]).Distinct().Count() >= 12);
        foreach (string language in new[] { "zh-hans", "zh-hant", "en", "ja", "ko", "ru", "de", "fr", "es", "pt", "ar", "id", "vi" })
        {
            Assert.Contains(Pages, r => r["language"] == language);
            Assert.Contains(Dumps, r => r["language"] == language);
        }
    }

    [Fact]
    public void Every_page_kind_is_there_and_portals_and_farms_are_Chinese()
    {
        foreach (string kind in new[] { "news", "blog", "forum", "product", "docs", "portal", "farm" })
        {
            Assert.True(Pages.Count(r => r["kind"] == kind) >= 5, kind);
        }
        Assert.All(Rows.Values.Where(r => r["kind"] is "portal" or "farm"), r => Assert.StartsWith("zh-", r["language"], StringComparison.Ordinal));
    }

    [Fact]
    public void Nearly_half_of_the_files_carry_spam_in_at_least_8_languages_placed_and_hidden_every_way()
    {
        double share = Rows.Values.Count(r => Manifest.SpamBlocks(r) > 0) / (double)Rows.Count;
        Assert.InRange(share, 0.4, 0.6);
        var spam = Rows.Values.Where(r => Manifest.SpamBlocks(r) > 0).ToList();
        Assert.True(spam.SelectMany(r => r["spam_language"].Split(',')).Distinct().Count() >= 8);
        var placements = spam.SelectMany(r => r["spam_placement"].Split(',')).ToHashSet();
        foreach (SpamPlacement p in Enum.GetValues<SpamPlacement>()) Assert.Contains(SpamPlan.PlacementName(p), placements);
        var hidings = spam.SelectMany(r => r["spam_hiding"].Split(',')).ToHashSet();
        foreach (HidingMethod m in Enum.GetValues<HidingMethod>()) Assert.Contains(Hiding.Name(m), hidings);
    }

    [Fact]
    public void Some_pages_use_each_legacy_encoding_and_some_omit_the_declaration()
    {
        var encodings = Pages.Select(r => r["encoding"]).ToHashSet();
        foreach (string e in new[] { "gbk", "big5", "shift_jis", "euc-kr", "windows-1251" }) Assert.Contains(e, encodings);
        Assert.Contains(Pages, r => r["encoding"] != "utf-8" && r["declaration"] == "none");
    }

    [Fact]
    public void Layouts_vary_and_dumps_are_written_in_several_styles()
    {
        Assert.True(Pages.Select(r => r["layout"]).Distinct().Count() >= 12);
        var styles = Dumps.Select(r => r["dump_style"]).ToList();
        Assert.Contains(styles, s => s.Contains("indent=zone", StringComparison.Ordinal));
        Assert.Contains(styles, s => s.Contains("indent=depth", StringComparison.Ordinal));
        Assert.Contains(styles, s => s.Contains("start=title", StringComparison.Ordinal));
        Assert.Contains(styles, s => s.Contains("blank=paragraphs", StringComparison.Ordinal));
        Assert.Contains(styles, s => s.Contains("blank=none", StringComparison.Ordinal));
        Assert.Contains(styles, s => s.Contains("hidden=kept", StringComparison.Ordinal));
        Assert.Contains(styles, s => s.Contains("hidden=dropped", StringComparison.Ordinal));
    }

    [Fact]
    public void All_renditions_of_an_article_fall_on_one_side_of_the_held_out_split()
    {
        foreach (var article in Rows.Values.GroupBy(r => r["article"]))
        {
            Assert.Single(article.Select(r => r["split"]).Distinct());
            Assert.All(article, r => Assert.Equal(r["split"] == "held-out", SplitHash.IsHeldOut("generated/" + r["file"])));
        }
        double heldOut = Rows.Values.Count(r => r["split"] == "held-out") / (double)Rows.Count;
        Assert.InRange(heldOut, 0.08, 0.3);
    }

    [Fact]
    public void The_corpus_stays_small()
    {
        long bytes = Repository.DefaultCorpus.Sum(f => (long)f.Bytes.Length);
        Assert.True(bytes < 15L * 1024 * 1024, $"{bytes} bytes");
    }
}
