using PageCleaner.Text;

namespace PageCleaner.Tests.Text;

public sealed class WhitespaceNormalizerTests
{
    private const char Break = '\u2028';

    [Theory]
    [InlineData("  several   spaces\tand\ttabs  ", "several spaces and tabs")]
    [InlineData("line one\nline two\r\nline three", "line one line two line three")]
    [InlineData("no\u00A0break\u00A0\u00A0space", "no break space")]
    [InlineData("全角\u3000\u3000空格", "全角 空格")]
    [InlineData("\u3000\u3000首行缩进", "首行缩进")]
    [InlineData("   ", "")]
    [InlineData("", "")]
    public void Whitespace_runs_collapse_to_one_space_and_ends_are_trimmed(string raw, string expected)
    {
        Assert.Equal(expected, WhitespaceNormalizer.Normalize(raw));
    }

    [Fact]
    public void The_line_break_character_becomes_a_newline()
    {
        Assert.Equal("first\nsecond", WhitespaceNormalizer.Normalize("first" + Break + "second", Break));
    }

    [Fact]
    public void A_whitespace_run_holding_a_line_break_becomes_one_newline()
    {
        Assert.Equal("first\nsecond", WhitespaceNormalizer.Normalize("first  " + Break + " \n " + Break + "  second", Break));
    }

    [Fact]
    public void Line_breaks_at_the_ends_are_dropped()
    {
        Assert.Equal("middle", WhitespaceNormalizer.Normalize(Break + " middle " + Break, Break));
    }

    [Fact]
    public void Without_a_line_break_character_newlines_are_plain_whitespace()
    {
        Assert.Equal("a b", WhitespaceNormalizer.Normalize("a\n\nb"));
        Assert.Equal("a b", WhitespaceNormalizer.Normalize("a\u2028b"));
    }

    [Theory]
    [InlineData("nul\0byte", "nulbyte")]
    [InlineData("bell\u0007and\u0001start", "bellandstart")]
    [InlineData("delete\u007Fchar", "deletechar")]
    [InlineData("\0\0\0", "")]
    public void Control_characters_are_removed(string raw, string expected)
    {
        Assert.Equal(expected, WhitespaceNormalizer.Normalize(raw));
    }

    [Fact]
    public void Lone_surrogates_are_removed_and_pairs_are_kept()
    {
        const string Emoji = "\uD83D\uDE00"; // U+1F600
        const string RareHan = "\uD840\uDC00"; // U+20000
        Assert.Equal("a" + Emoji + "b", WhitespaceNormalizer.Normalize("a" + Emoji + "b"));
        Assert.Equal(RareHan + "字", WhitespaceNormalizer.Normalize(RareHan + "字"));
        Assert.Equal("ab", WhitespaceNormalizer.Normalize("a\uD83Db"));
        Assert.Equal("ab", WhitespaceNormalizer.Normalize("a\uDE00b"));
        Assert.Equal("ab", WhitespaceNormalizer.Normalize("a\uDE00\uD83Db")); // reversed order is not a pair
        Assert.Equal("end", WhitespaceNormalizer.Normalize("end\uD83D"));
    }

    [Fact]
    public void Preformatted_lines_keep_inner_spacing_and_lose_trailing_space_and_controls()
    {
        Assert.Equal("    indented  code", WhitespaceNormalizer.TrimEndAndStripControls("    indented  code   "));
        Assert.Equal("ab", WhitespaceNormalizer.TrimEndAndStripControls("a\0b\r"));
        Assert.Equal("x", WhitespaceNormalizer.TrimEndAndStripControls("x\uD83D"));
    }
}
