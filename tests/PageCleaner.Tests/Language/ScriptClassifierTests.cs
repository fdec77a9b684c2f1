using PageCleaner.Language;

namespace PageCleaner.Tests.Language;

/// <summary>The Unicode script of characters and the per-script letter counts of texts.</summary>
public sealed class ScriptClassifierTests
{
    [Theory]
    [InlineData('a', UnicodeScript.Latin)]
    [InlineData('Ž', UnicodeScript.Latin)]
    [InlineData('ệ', UnicodeScript.Latin)]
    [InlineData('Ａ', UnicodeScript.Latin)] // full-width
    [InlineData('ж', UnicodeScript.Cyrillic)]
    [InlineData('ћ', UnicodeScript.Cyrillic)]
    [InlineData('λ', UnicodeScript.Greek)]
    [InlineData('ب', UnicodeScript.Arabic)]
    [InlineData('پ', UnicodeScript.Arabic)]
    [InlineData('ש', UnicodeScript.Hebrew)]
    [InlineData('क', UnicodeScript.Devanagari)]
    [InlineData('ক', UnicodeScript.Bengali)]
    [InlineData('ก', UnicodeScript.Thai)]
    [InlineData('한', UnicodeScript.Hangul)]
    [InlineData('ᄀ', UnicodeScript.Hangul)]
    [InlineData('の', UnicodeScript.Hiragana)]
    [InlineData('カ', UnicodeScript.Katakana)]
    [InlineData('ｶ', UnicodeScript.Katakana)] // half-width
    [InlineData('中', UnicodeScript.Han)]
    [InlineData('々', UnicodeScript.Han)]
    [InlineData('ㄅ', UnicodeScript.Bopomofo)]
    [InlineData('ა', UnicodeScript.Georgian)]
    [InlineData('Ա', UnicodeScript.Armenian)]
    [InlineData('த', UnicodeScript.Tamil)]
    [InlineData('ሀ', UnicodeScript.Ethiopic)]
    [InlineData('ក', UnicodeScript.Khmer)]
    [InlineData('7', UnicodeScript.Common)]
    [InlineData(' ', UnicodeScript.Common)]
    [InlineData('，', UnicodeScript.Common)]
    [InlineData('ー', UnicodeScript.Common)] // the prolonged sound mark is shared by hiragana and katakana
    [InlineData('\u0301', UnicodeScript.Inherited)] // combining acute accent
    [InlineData('\u0378', UnicodeScript.Unknown)] // unassigned
    [InlineData('ᚠ', UnicodeScript.Other)] // runic: a script the enum does not name
    public void Characters_have_their_Unicode_script(char c, UnicodeScript expected)
    {
        Assert.Equal(expected, ScriptClassifier.GetScript(c));
        Assert.Equal(expected, ScriptClassifier.GetScript((int)c));
    }

    [Fact]
    public void Code_points_outside_the_BMP_use_the_ranges()
    {
        Assert.Equal(UnicodeScript.Han, ScriptClassifier.GetScript(0x20000));   // CJK Extension B
        Assert.Equal(UnicodeScript.Han, ScriptClassifier.GetScript(0x3134A));   // CJK Extension G, last
        Assert.Equal(UnicodeScript.Common, ScriptClassifier.GetScript(0x1F600)); // an emoji
        Assert.Equal(UnicodeScript.Unknown, ScriptClassifier.GetScript(0x10FFFF));
        Assert.Equal(UnicodeScript.Unknown, ScriptClassifier.GetScript(0x110000));
        Assert.Equal(UnicodeScript.Unknown, ScriptClassifier.GetScript(-1));
    }

    [Fact]
    public void A_lone_surrogate_has_no_script()
    {
        Assert.Equal(UnicodeScript.Unknown, ScriptClassifier.GetScript('\uD840'));
    }

    [Fact]
    public void The_histogram_counts_letters_per_script_and_skips_digits_and_punctuation()
    {
        ScriptHistogram h = ScriptClassifier.Histogram("Hello, мир! 2024 中文か");

        Assert.Equal(5, h[UnicodeScript.Latin]);
        Assert.Equal(3, h[UnicodeScript.Cyrillic]);
        Assert.Equal(2, h[UnicodeScript.Han]);
        Assert.Equal(1, h[UnicodeScript.Hiragana]);
        Assert.Equal(0, h[UnicodeScript.Common]);
        Assert.Equal(11, h.Total);
        Assert.Equal(UnicodeScript.Latin, h.Dominant);
    }

    [Fact]
    public void A_surrogate_pair_counts_as_one_letter_of_its_script()
    {
        ScriptHistogram h = ScriptClassifier.Histogram("\U00020000\U0002A6D6中");

        Assert.Equal(3, h[UnicodeScript.Han]);
        Assert.Equal(3, h.Total);
    }

    [Fact]
    public void A_combining_mark_counts_with_the_letter_before_it()
    {
        // "é" written as e + U+0301 and a Devanagari consonant with a vowel sign: the marks join their letter's script.
        ScriptHistogram h = ScriptClassifier.Histogram("e\u0301 कि");

        Assert.Equal(2, h[UnicodeScript.Latin]);
        Assert.Equal(2, h[UnicodeScript.Devanagari]);
        Assert.Equal(0, h[UnicodeScript.Inherited]);
    }

    [Fact]
    public void Text_without_letters_has_no_dominant_script()
    {
        ScriptHistogram h = ScriptClassifier.Histogram("12:30 — 45% (!)");

        Assert.Equal(0, h.Total);
        Assert.Equal(UnicodeScript.Unknown, h.Dominant);
    }

    [Theory]
    [InlineData("Hello, World 42!", 10)]
    [InlineData("12:30 - 45% (!)", 0)]
    [InlineData("", 0)]
    [InlineData("x_y@z.com [a] {b} `c`", 9)]
    public void Ascii_text_counts_its_letters_as_Latin_and_nothing_else(string text, int letters)
    {
        ScriptHistogram h = ScriptClassifier.Histogram(text);
        // The same text with a Cyrillic letter after it: the Latin count must not change.
        ScriptHistogram longWay = ScriptClassifier.Histogram(text + " ж");

        Assert.Equal(letters, h[UnicodeScript.Latin]);
        Assert.Equal(letters, h.Total);
        Assert.Equal(letters, longWay[UnicodeScript.Latin]);
        Assert.Equal(letters == 0 ? UnicodeScript.Unknown : UnicodeScript.Latin, h.Dominant);
    }
}
