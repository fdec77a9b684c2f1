using PageCleaner.Text;
using static PageCleaner.Features.Extractors.FeatureMath;

namespace PageCleaner.Features.Extractors;

/// <summary>How the block's text looks: length, script, punctuation, sentence shape, truncation, dates, separators.</summary>
internal sealed class TextShapeFeatures : IFeatureExtractor
{
    public IReadOnlyList<FeatureDefinition> Features { get; } =
    [
        new("text.log_chars", "log(1 + non-whitespace characters)"),
        new("text.log_tokens", "log(1 + tokens), counting each Han/kana character as a token and other letter/digit runs as one"),
        new("text.cjk_ratio", "share of characters that are Han, kana or Hangul"),
        new("text.letter_ratio", "share of characters that are letters (not counting Han/kana)"),
        new("text.digit_ratio", "share of characters that are digits"),
        new("text.upper_ratio", "share of letters that are upper case"),
        new("text.punct_ratio", "share of characters that are punctuation or symbols"),
        new("text.log_sentence_ends", "log(1 + sentence-ending marks . ! ? 。！？ … and others)"),
        new("text.sentence_ends_per_token", "sentence-ending marks per token"),
        new("text.clause_marks_per_token", "commas, semicolons and colons (, ; : ，、；：) per token"),
        new("text.ends_with_sentence_end", "1 when the text ends with a sentence-ending mark (quotes allowed after it)"),
        new("text.truncated", "1 when the text ends with a truncation mark: ... or …"),
        new("text.starts_with_bullet", "1 when the text starts with a bullet, dash or list number"),
        new("text.separators_per_token", "list separators (| · • » / and similar) per token"),
        new("text.log_separators", "log(1 + list separators)"),
        new("text.brackets_per_char", "opening brackets ( （ [ 【 「 《 per character"),
        new("text.log_longest_word", "log(1 + longest letter/digit run)"),
        new("text.mean_word_length", "mean length of the non-CJK tokens"),
        new("text.date_mentions", "number of date/time mentions (2025-07-22, 14:18, 7月22日, July 22), capped at 5"),
        new("text.date_coverage", "share of the characters inside date/time mentions"),
        new("text.line_breaks", "number of single <br> line breaks inside the block, capped at 10"),
    ];

    public void Extract(PageAnalysis page, int block, Span<float> row)
    {
        TextStats s = page.Stats[block];
        string text = page.Blocks[block].Text;
        int wordTokens = s.Tokens - s.CharTokens;
        row[0] = Log(s.Chars);
        row[1] = Log(s.Tokens);
        row[2] = Ratio(s.CjkChars, s.Chars);
        row[3] = Ratio(s.Letters, s.Chars);
        row[4] = Ratio(s.Digits, s.Chars);
        row[5] = Ratio(s.Uppercase, s.Letters);
        row[6] = Ratio(s.Punctuation, s.Chars);
        row[7] = Log(s.SentenceEnds);
        row[8] = Ratio(s.SentenceEnds, s.Tokens);
        row[9] = Ratio(s.ClauseMarks, s.Tokens);
        row[10] = Flag(s.EndsWithSentenceEnd);
        row[11] = Flag(s.EndsTruncated);
        row[12] = Flag(s.StartsWithBullet);
        row[13] = Ratio(s.Separators, s.Tokens);
        row[14] = Log(s.Separators);
        row[15] = Ratio(s.Brackets, s.Chars);
        row[16] = Log(s.LongestWord);
        row[17] = wordTokens <= 0 ? 0 : Math.Min(30f, (s.Letters + s.Digits) / (float)wordTokens);
        row[18] = Math.Min(5, page.DateMentions[block]);
        row[19] = page.DateCoverage[block];
        row[20] = Math.Min(10, CountBreaks(text));
    }

    private static int CountBreaks(string text)
    {
        int n = 0;
        foreach (char c in text)
        {
            if (c == '\n') n++;
        }
        return n;
    }
}
