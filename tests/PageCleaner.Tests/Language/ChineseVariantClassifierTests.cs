using PageCleaner.Language;

namespace PageCleaner.Tests.Language;

/// <summary>Simplified versus Traditional Chinese from the variant-specific characters of short texts.</summary>
public sealed class ChineseVariantClassifierTests
{
    [Theory]
    [InlineData("我们学校的图书馆明天开门。")]
    [InlineData("这里的东西很便宜，欢迎来买")]
    [InlineData("国内新闻：经济继续发展")]
    [InlineData("澳门线上娱乐，注册即送礼金")]
    public void Simplified_texts_are_simplified(string text)
    {
        ChineseVariantEvidence e = ChineseVariantClassifier.Classify(text);

        Assert.Equal(ChineseVariant.Simplified, e.Variant);
        Assert.Equal(0, e.TraditionalChars);
        Assert.Equal(1.0, e.Agreement);
    }

    [Theory]
    [InlineData("我們學校的圖書館明天開門。")]
    [InlineData("這裡的東西很便宜，歡迎來買")]
    [InlineData("國內新聞：經濟繼續發展")]
    [InlineData("臺灣的颱風季節從夏天開始")]
    public void Traditional_texts_are_traditional(string text)
    {
        ChineseVariantEvidence e = ChineseVariantClassifier.Classify(text);

        Assert.Equal(ChineseVariant.Traditional, e.Variant);
        Assert.Equal(0, e.SimplifiedChars);
    }

    [Fact]
    public void Counts_are_reported()
    {
        ChineseVariantEvidence e = ChineseVariantClassifier.Classify("我们学校 abc 123");

        Assert.Equal(2, e.SimplifiedChars); // 们 学
        Assert.Equal(0, e.TraditionalChars);
        Assert.Equal(4, e.HanChars);
    }

    [Theory]
    [InlineData("")]
    [InlineData("English only, no Han at all.")]
    [InlineData("中文人口")]      // only shared characters
    [InlineData("中文的门")]      // one variant character is not enough
    [InlineData("门門学學")]      // half and half
    public void Too_little_or_contradictory_evidence_is_unknown(string text)
    {
        Assert.Equal(ChineseVariant.Unknown, ChineseVariantClassifier.Classify(text).Variant);
    }

    [Fact]
    public void A_stray_character_of_the_other_variant_does_not_flip_a_long_text()
    {
        // Nine traditional-only characters and one simplified-only: 90 % agree.
        ChineseVariantEvidence e = ChineseVariantClassifier.Classify("我們學校的圖書館開門，這裡的東西很便宜，们");

        Assert.Equal(ChineseVariant.Traditional, e.Variant);
        Assert.Equal(1, e.SimplifiedChars);
        Assert.True(e.Agreement is > 0.8 and < 1.0);
    }

    [Fact]
    public void Characters_outside_the_BMP_are_counted()
    {
        ChineseVariantEvidence e = ChineseVariantClassifier.Classify("\U0002003E\U0002003E門");

        Assert.Equal(2, e.SimplifiedChars);
        Assert.Equal(1, e.TraditionalChars);
        Assert.Equal(3, e.HanChars);
    }
}
