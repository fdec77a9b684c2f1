using PageCleaner.Features.Spam;

namespace PageCleaner.Tests.Features;

/// <summary>The curated spam vocabulary is found in every language it covers, as whole words where words have spaces.</summary>
public sealed class SpamVocabularyTests
{
    [Theory]
    [InlineData("Best ONLINE CASINO bonus tonight", "Gambling")]
    [InlineData("Get payday loans today", "Loan")]
    [InlineData("最新百家乐平台，注册就送彩金", "Gambling")]
    [InlineData("久久精品无码视频免费看", "Porn")]
    [InlineData("賭場開戶送禮金", "Gambling")]
    [InlineData("スーパーコピー時計の激安通販", "Counterfeit")]
    [InlineData("안전놀이터 추천 바카라사이트", "Gambling")]
    [InlineData("Быстрый займ на карту без отказа", "Loan")]
    [InlineData("Trang nhà cái uy tín nhất", "Gambling")]
    [InlineData("เว็บสล็อตแตกง่าย ฝากถอนไม่มีขั้นต่ำ", "Gambling")]
    [InlineData("Daftar situs slot gacor hari ini", "Gambling")]
    [InlineData("Comprar viagra sin receta en España", "Pharma")]
    [InlineData("Empréstimo rápido aprovado na hora", "Loan")]
    [InlineData("主站蜘蛛池模板", "Seo")]
    [InlineData("canlı bahis siteleri", "Gambling")]
    public void Finds_terms_in_many_languages(string text, string category)
    {
        SpamCategory expected = Enum.Parse<SpamCategory>(category);
        SpamVocabularyHits hits = SpamVocabulary.Scan(text);
        Assert.True(hits.Hits[(int)expected] >= 1, $"no {expected} term in \"{text}\"");
        Assert.True(hits.MatchedChars > 0);
    }

    [Theory]
    [InlineData("The council approved the school budget after a long debate.")]
    [InlineData("Judiciary reforms, the alphabet and Sussex scones.")] // judi, bet, sex inside words
    [InlineData("市政府今天公布了新的交通规划，地铁三号线将延长。")]
    [InlineData("Правительство обсудило новый бюджет на следующий год.")]
    public void Ordinary_text_has_no_hits(string text)
    {
        Assert.Equal(0, SpamVocabulary.Scan(text).Total);
    }

    [Fact]
    public void Counts_every_occurrence_and_the_longest_term_once()
    {
        SpamVocabularyHits hits = SpamVocabulary.Scan("online casino | casino bonus | viagra | casinos");
        Assert.Equal(3, hits.Hits[(int)SpamCategory.Gambling]); // "online casino" counts once, plural "casinos" counts
        Assert.Equal(1, hits.Hits[(int)SpamCategory.Pharma]);
        Assert.Equal(2, hits.Categories);
        Assert.Equal("online casino".Length + "casino".Length + "viagra".Length + "casinos".Length, hits.MatchedChars);
    }

    [Fact]
    public void Only_the_start_of_a_long_text_is_searched()
    {
        string text = new string('x', SpamVocabulary.MaxScannedChars) + " casino";
        SpamVocabularyHits hits = SpamVocabulary.Scan(text);
        Assert.Equal(0, hits.Total);
        Assert.Equal(SpamVocabulary.MaxScannedChars, hits.ScannedChars);
    }

    [Fact]
    public void Covers_at_least_ten_languages_worth_of_scripts()
    {
        // One term of each script family must be present: Latin, Han, kana, Hangul, Cyrillic, Thai, Vietnamese.
        string all = string.Join(' ', SpamTerms.All.SelectMany(c => c.Terms));
        Assert.Contains("カジノ", all, StringComparison.Ordinal);
        Assert.Contains("카지노", all, StringComparison.Ordinal);
        Assert.Contains("казино", all, StringComparison.Ordinal);
        Assert.Contains("บาคาร่า", all, StringComparison.Ordinal);
        Assert.Contains("nhà cái", all, StringComparison.Ordinal);
        Assert.Contains("博彩", all, StringComparison.Ordinal);
        Assert.Equal(SpamVocabulary.CategoryCount, SpamTerms.All.Length);
    }
}
