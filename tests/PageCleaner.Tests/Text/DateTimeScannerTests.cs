using PageCleaner.Text;

namespace PageCleaner.Tests.Text;

public sealed class DateTimeScannerTests
{
    [Theory]
    [InlineData("2025-07-22")]
    [InlineData("2025/7/22")]
    [InlineData("22.07.2025")]
    [InlineData("7/22/25")]
    [InlineData("14:18")]
    [InlineData("14:18:48")]
    [InlineData("2025年7月22日")]
    [InlineData("7月22日")]
    [InlineData("7月22号")]
    [InlineData("2025년 7월 22일")]
    public void A_whole_numeric_date_or_time_is_one_mention_covering_all_of_it(string text)
    {
        var (mentions, covered) = DateTimeScanner.Scan(text);
        Assert.Equal(1, mentions);
        Assert.Equal(text.Length, covered);
    }

    [Fact]
    public void A_timestamp_line_is_a_date_and_a_time()
    {
        var (mentions, covered) = DateTimeScanner.Scan("2025-07-22 14:18:48");
        Assert.Equal(2, mentions);
        Assert.Equal(18, covered); // everything but the space
    }

    [Fact]
    public void An_English_month_name_followed_by_a_day_is_a_mention()
    {
        // "July 22" is the mention; the year after the comma is not matched on its own.
        var (mentions, covered) = DateTimeScanner.Scan("July 22, 2025");
        Assert.Equal(1, mentions);
        Assert.Equal("July 22".Length, covered);
    }

    [Fact]
    public void An_English_month_name_after_the_day_is_a_mention()
    {
        var (mentions, covered) = DateTimeScanner.Scan("22 July");
        Assert.Equal(1, mentions);
        Assert.Equal("July".Length, covered);
    }

    [Theory]
    [InlineData("Published Sept. 3 by the desk", "Sept. 3")]
    [InlineData("updated mar 14", "mar 14")]
    [InlineData("DECEMBER 2024 archive", "DECEMBER 2024")]
    public void Month_names_match_abbreviated_and_in_any_case(string text, string mention)
    {
        var (mentions, covered) = DateTimeScanner.Scan(text);
        Assert.Equal(1, mentions);
        Assert.Equal(mention.Length, covered);
    }

    [Theory]
    [InlineData("version 1.2")]
    [InlineData("release 1.2.3 is out")]
    [InlineData("call 555-0134 today")]
    [InlineData("+1 415-555-0132")]
    [InlineData("Tel. 0800 123 4567")]
    [InlineData("server at 192.168.1.10")]
    [InlineData("a ratio of 16:9")]
    [InlineData("it costs 3.50 dollars")]
    [InlineData("order A2025-07-22")]
    [InlineData("the mayor marched in Marseille")]
    [InlineData("July alone")]
    [InlineData("")]
    public void Numbers_and_words_that_are_not_dates_are_not_mentions(string text)
    {
        Assert.Equal((0, 0), DateTimeScanner.Scan(text));
    }

    [Fact]
    public void Several_mentions_in_running_text_are_all_counted()
    {
        const string Text = "Filed 2025-03-11 at 06:40, updated March 12 and again on 13.03.2025.";
        var (mentions, covered) = DateTimeScanner.Scan(Text);
        Assert.Equal(4, mentions);
        Assert.Equal("2025-03-11".Length + "06:40".Length + "March 12".Length + "13.03.2025".Length, covered);
    }

    [Theory]
    [InlineData("发布时间：2025年7月22日", "2025年7月22日")]
    [InlineData("本文于2025年7月22日发布", "2025年7月22日")]
    [InlineData("他7月22日到达北京", "7月22日")]
    [InlineData("会议定于下午14:30开始", "14:30")]
    public void A_date_inside_a_Chinese_sentence_is_found(string text, string mention)
    {
        // Chinese has no spaces between words: a Han character right before the digits is a word boundary.
        var (mentions, covered) = DateTimeScanner.Scan(text);
        Assert.Equal(1, mentions);
        Assert.Equal(mention.Length, covered);
    }
}
