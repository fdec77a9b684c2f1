using PageCleaner.Text;

namespace PageCleaner.Tests.Text;

public sealed class TextStatsCounterTests
{
    [Fact]
    public void Each_Han_character_of_a_Chinese_sentence_is_one_token()
    {
        const string Sentence = "我们明天早上去公园散步"; // 11 Han characters, no spaces
        TextStats s = TextStatsCounter.Count(Sentence);
        Assert.Equal(11, s.Tokens);
        Assert.Equal(11, s.CharTokens);
        Assert.Equal(11, s.CjkChars);
        Assert.Equal(11, s.Chars);
    }

    [Fact]
    public void Chinese_punctuation_is_not_a_token()
    {
        TextStats s = TextStatsCounter.Count("天气很好，我们出发吧。");
        Assert.Equal(9, s.Tokens);
        Assert.Equal(2, s.Punctuation);
        Assert.Equal(1, s.ClauseMarks);
        Assert.Equal(1, s.SentenceEnds);
    }

    [Fact]
    public void Kana_characters_are_one_token_each()
    {
        TextStats s = TextStatsCounter.Count("ひらがなカタカナ");
        Assert.Equal(8, s.Tokens);
        Assert.Equal(8, s.CharTokens);
    }

    [Fact]
    public void English_words_are_one_token_each()
    {
        TextStats s = TextStatsCounter.Count("The council voted seven to two on Tuesday");
        Assert.Equal(8, s.Tokens);
        Assert.Equal(0, s.CharTokens);
        Assert.Equal(0, s.CjkChars);
        Assert.Equal(34, s.Letters);
        Assert.Equal(2, s.Uppercase);
        Assert.Equal(7, s.LongestWord); // "council", "Tuesday"
    }

    [Fact]
    public void Hangul_words_are_counted_by_spaces_but_their_letters_are_CJK()
    {
        TextStats s = TextStatsCounter.Count("오늘은 날씨가 정말 좋습니다");
        Assert.Equal(4, s.Tokens);
        Assert.Equal(0, s.CharTokens);
        Assert.Equal(12, s.CjkChars);
        Assert.Equal(12, s.Letters);
    }

    [Fact]
    public void Mixed_script_text_counts_both_kinds_of_tokens()
    {
        // 2 Han + "iPhone" + 2 Han + "2025"
        TextStats s = TextStatsCounter.Count("新款iPhone发布2025");
        Assert.Equal(6, s.Tokens);
        Assert.Equal(4, s.CharTokens);
        Assert.Equal(4, s.Digits);
    }

    [Theory]
    [InlineData("他来了。我走了！你呢？", 3)]
    [InlineData("First sentence. Second one! Third?", 3)]
    [InlineData("It costs 3.5 dollars today.", 1)]
    [InlineData("Version 2.0.1 is out", 0)]
    [InlineData("He said \"stop.\" Then left.", 2)]
    [InlineData("結果は良好。次へ", 1)]
    [InlineData("No end mark here", 0)]
    public void Sentence_ends_are_counted_across_scripts_but_not_inside_numbers(string text, int expected)
    {
        Assert.Equal(expected, TextStatsCounter.Count(text).SentenceEnds);
    }

    [Theory]
    [InlineData("A full sentence.", true)]
    [InlineData("他说：“我们明天见。”", true)]
    [InlineData("Is it over?", true)]
    [InlineData("Headline without a mark", false)]
    [InlineData("Ends with comma,", false)]
    public void Ending_with_a_sentence_mark_allows_closing_quotes(string text, bool expected)
    {
        Assert.Equal(expected, TextStatsCounter.Count(text).EndsWithSentenceEnd);
    }

    [Theory]
    [InlineData("Read the full story...", true)]
    [InlineData("Read the full story…", true)]
    [InlineData("高温天气如何防中暑？这几个误区很多人都...", true)]
    [InlineData("南方多地遭遇罕见高温。。。", true)]
    [InlineData("Read the full story... ", true)]
    [InlineData("Read the full story.", false)]
    [InlineData("Wait... then it ended", false)]
    public void Truncation_marks_at_the_end_are_detected(string text, bool expected)
    {
        Assert.Equal(expected, TextStatsCounter.Count(text).EndsTruncated);
    }

    [Theory]
    [InlineData("• First item", true)]
    [InlineData("- dashed item", true)]
    [InlineData("* starred item", true)]
    [InlineData("1. numbered item", true)]
    [InlineData("12) numbered item", true)]
    [InlineData("3、第三条", true)]
    [InlineData("  ► arrow item", true)]
    [InlineData("2025 was a warm year", false)]
    [InlineData("Plain paragraph text", false)]
    [InlineData("-", false)]
    public void Bullets_dashes_and_list_numbers_start_a_list_item(string text, bool expected)
    {
        Assert.Equal(expected, TextStatsCounter.Count(text).StartsWithBullet);
    }

    [Fact]
    public void Separators_and_brackets_are_counted()
    {
        TextStats s = TextStatsCounter.Count("首页 | 新闻 | 体育 » 足球 【专题】（图）");
        Assert.Equal(3, s.Separators);
        Assert.Equal(2, s.Brackets);
    }

    [Fact]
    public void Whitespace_of_every_kind_is_not_counted_as_characters()
    {
        TextStats s = TextStatsCounter.Count(" a\u00A0b\u3000c\td\n");
        Assert.Equal(4, s.Chars);
        Assert.Equal(4, s.Tokens);
    }

    [Fact]
    public void Empty_text_counts_nothing()
    {
        TextStats s = TextStatsCounter.Count("");
        Assert.Equal(0, s.Chars);
        Assert.Equal(0, s.Tokens);
        Assert.False(s.EndsWithSentenceEnd);
        Assert.False(s.EndsTruncated);
        Assert.False(s.StartsWithBullet);
    }

    [Fact]
    public void The_ascii_table_counts_what_the_general_tests_count()
    {
        var random = new Random(3);
        const string extra = "中文ひらがなÄé한국어。，！“”…–";
        for (int n = 0; n < 400; n++)
        {
            var chars = new char[random.Next(0, 120)];
            for (int i = 0; i < chars.Length; i++) chars[i] = random.Next(6) == 0 ? extra[random.Next(extra.Length)] : (char)random.Next(0, 128);
            string text = new(chars);
            Assert.Equal(TextStatsCounter.Count(text, asciiTable: false), TextStatsCounter.Count(text));
        }
    }
}
