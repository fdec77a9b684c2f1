namespace PageCleaner.Tests;

/// <summary>The page language the cleaner reports is the language of its clean text.</summary>
public sealed class CleanerLanguageTests
{
    private static readonly Cleaner Cleaner = Cleaner.CreateDefault();

    [Fact]
    public void An_english_article_is_english()
    {
        CleanResult result = Cleaner.Clean(SamplePages.EnglishArticle, "article.html");
        Assert.Equal("en", result.Language);
    }

    [Fact]
    public void A_simplified_chinese_farm_page_is_simplified_chinese()
    {
        CleanResult result = Cleaner.Clean(SamplePages.ChineseFarmDump, "farm.txt");
        Assert.Equal("zh-hans", result.Language);
    }

    [Fact]
    public void A_traditional_page_with_injected_simplified_spam_is_traditional()
    {
        // The injected Simplified-Chinese line is not in the clean text, so it cannot sway the page language.
        string dump = string.Join("\n",
        [
            "社區夜間運動場地陸續開放 居民下班後有了鍛鍊好去處",
            "入夏以來，本市多個社區陸續開放了夜間運動場地，居民下班後可以在燈光球場打籃球、踢足球，也可以在健身步道上慢跑。",
            "據市體育局介紹，今年新增的二十三處夜間場地大多由原有的學校操場和公園空地改造而成，每晚開放到十點，週末延長到十一點。",
            "不少居民表示，過去晚上只能在社區裡散步，現在有了專門的場地，孩子們放學後也多了一個鍛鍊身體的去處。",
            "友情链接：澳门博彩娱乐城|在线真人百家乐|六合彩免费资料|成人无码视频在线观看|时时彩计划网|免费毛片在线播放",
        ]);
        CleanResult result = Cleaner.Clean(dump, "farm.txt");
        Assert.Equal("zh-hant", result.Language);
        Assert.True(result.Verdict.Spam);
    }

    [Fact]
    public void A_page_with_too_little_text_is_undetermined()
    {
        CleanResult result = Cleaner.Clean("<html><body><p>OK</p></body></html>", "tiny.html");
        Assert.Equal("und", result.Language);
    }
}
