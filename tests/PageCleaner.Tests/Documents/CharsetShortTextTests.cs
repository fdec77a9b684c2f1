using PageCleaner.Documents;
using static PageCleaner.Tests.Documents.CharsetTestTexts;

namespace PageCleaner.Tests.Documents;

/// <summary>
/// One sentence is little evidence. These pass without requiring more text: the frequent-character tables separate
/// GB18030 from Big5 even on a dozen characters, and hiragana settle Shift_JIS. (Exploring further, two-character
/// words such as 中文 or 你好 still came out right; an all-capitals run of accented letters like "ÀÉÎÕÜ" did not.)
/// </summary>
public sealed class CharsetShortTextTests
{
    [Theory]
    [InlineData("gb18030", 54936, "我们明天上午九点在学校门口见面，别迟到了。")]
    [InlineData("gb18030", 54936, "这家餐厅的菜很好吃，价格也不贵。")]
    [InlineData("gb18030", 54936, "锂电池隔膜涂覆工艺")]
    [InlineData("big5", 950, "我們明天上午九點在學校門口見面，別遲到了。")]
    [InlineData("big5", 950, "這家餐廳的菜很好吃，價格也不貴。")]
    [InlineData("big5", 950, "鋰電池隔膜塗覆工藝")]
    [InlineData("shift_jis", 932, "明日の朝九時に学校の前で会いましょう。")]
    [InlineData("shift_jis", 932, "東京都知事選挙、投票率低迷")]
    [InlineData("euc-kr", 949, "내일 아침 아홉 시에 학교 앞에서 만나요.")]
    [InlineData("windows-1251", 1251, "Встретимся завтра в девять утра у школы.")]
    [InlineData("windows-1252", 1252, "Rendez-vous demain à neuf heures devant l'école.")]
    public void One_sentence_is_enough(string name, int codePage, string sentence)
    {
        DecodedText asText = CharsetDetector.Decode(Encode(codePage, sentence), isHtml: false);
        CharsetDetectorTests.AssertDecoded(asText, sentence, name, EncodingEvidence.Guessed);

        string html = "<html><body><p>" + sentence + "</p></body></html>";
        DecodedText asHtml = CharsetDetector.Decode(Encode(codePage, html), isHtml: true);
        CharsetDetectorTests.AssertDecoded(asHtml, html, name, EncodingEvidence.Guessed);
    }

    [Fact]
    public void A_large_page_is_scored_on_a_sample_and_decoded_whole()
    {
        var sb = new System.Text.StringBuilder("<html><head><title>list</title></head><body>\n");
        while (sb.Length < 2_000_000) sb.Append("<li><a href=\"/item/12345.html\">").Append(SimplifiedChinese).Append("</a></li>\n");
        string html = sb.ToString();
        DecodedText decoded = CharsetDetector.Decode(Encode(54936, html), isHtml: true);
        CharsetDetectorTests.AssertDecoded(decoded, html, "gb18030", EncodingEvidence.Guessed);
    }
}
