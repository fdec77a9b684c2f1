using PageCleaner.Language;

namespace PageCleaner.Tests.Language;

/// <summary>Per-block and per-page language, and the blocks that do not fit their page.</summary>
public sealed class LanguageReportTests
{
    private static readonly string[] TraditionalPage =
    [
        "市府今天宣布，舊城區的老橋將在明年春天開始整修，工期預計一年半，期間會設置臨時便橋。",
        "交通局表示，整修期間公車路線會暫時調整，請民眾留意站牌公告，並提早出門。",
        "附近商家對這項決定表示歡迎，認為整修完成後可以吸引更多觀光客前來參觀。",
        "編輯：王小明",
        "澳门线上娱乐城注册就送彩金|最新免费电影在线观看|体育投注平台官网下载|美女直播app",
    ];

    [Fact]
    public void A_simplified_spam_block_in_a_traditional_page_is_a_mismatch()
    {
        LanguageReport report = LanguageReport.Analyze(TraditionalPage);

        Assert.Equal("zh-hant", report.PageLanguage);
        Assert.Equal(ChineseVariant.Traditional, report.PageChinese.Variant);
        Assert.Equal("zh-hant", report.Blocks[0].Language);
        Assert.False(report.Blocks[0].Mismatch);
        Assert.False(report.Blocks[1].Mismatch);
        Assert.False(report.Blocks[2].Mismatch);
        Assert.Equal("zh-hans", report.Blocks[4].Language);
        Assert.True(report.Blocks[4].Mismatch);
        Assert.InRange(report.PageShare, 0.6, 0.9);
    }

    [Fact]
    public void A_short_block_is_never_a_mismatch()
    {
        // "編輯：王小明" has too few letters to be sure of anything.
        LanguageReport report = LanguageReport.Analyze(TraditionalPage);

        Assert.False(report.Blocks[3].Mismatch);
    }

    [Fact]
    public void A_block_in_another_language_is_a_mismatch()
    {
        LanguageReport report = LanguageReport.Analyze(
        [
            "The town council voted on Tuesday to rebuild the old stone bridge over the river next spring.",
            "Engineers said the bridge can no longer carry heavy lorries, and a weight limit has applied since March.",
            "Jetzt kostenlos registrieren und einen Bonus von hundert Euro für das erste Spiel im Online-Casino sichern!",
            "Home | News | Sport",
        ]);

        Assert.Equal("en", report.PageLanguage);
        Assert.Equal([false, false, true, false], report.Blocks.Select(b => b.Mismatch));
        Assert.Equal("de", report.Blocks[2].Language);
        Assert.Equal("und", report.Blocks[3].Language);
    }

    [Fact]
    public void A_chinese_block_of_unknown_variant_does_not_contradict_the_page()
    {
        LanguageReport report = LanguageReport.Analyze(
        [
            "市府今天宣布，舊城區的老橋將在明年春天開始整修，工期預計一年半，期間會設置臨時便橋。",
            "中文和日文的文字有不同，大家都用中文字。人人都可以用。",
        ]);

        Assert.Equal("zh-hant", report.PageLanguage);
        Assert.Equal("zh", report.Blocks[1].Language);
        Assert.False(report.Blocks[1].Mismatch);
    }

    [Fact]
    public void The_page_language_is_weighted_by_letters_not_by_block_count()
    {
        LanguageReport report = LanguageReport.Analyze(
        [
            "Ein kurzer Hinweis auf Deutsch für alle Leser dieser Seite.",
            "Noch ein kurzer Satz auf Deutsch über das Wetter.",
            "This much longer English paragraph carries most of the page's text: it describes the history of the bridge, the cost of the repairs and what the residents think about the plan.",
        ]);

        Assert.Equal("en", report.PageLanguage);
        Assert.True(report.Blocks[0].Mismatch);
        Assert.True(report.Blocks[1].Mismatch);
        Assert.False(report.Blocks[2].Mismatch);
    }

    [Fact]
    public void A_page_without_language_is_undetermined_and_has_no_mismatches()
    {
        LanguageReport report = LanguageReport.Analyze(["", "12:30", "Home | News"]);

        Assert.Equal("und", report.PageLanguage);
        Assert.Equal(0, report.PageShare);
        Assert.All(report.Blocks, b => Assert.False(b.Mismatch));
        Assert.Empty(LanguageReport.Analyze([]).Blocks);
    }

    [Fact]
    public void Thresholds_come_from_the_options()
    {
        var strict = new LanguageReportOptions { MinEvidence = 10_000 };

        LanguageReport report = LanguageReport.Analyze(TraditionalPage, options: strict);

        Assert.All(report.Blocks, b => Assert.False(b.Mismatch));
    }
}
