using PageCleaner.Text;
using static PageCleaner.Tests.Text.ObfuscationTexts;

namespace PageCleaner.Tests.Text;

public sealed class ObfuscationScannerTests
{
    private static ObfuscationReport Scan(params string[] texts) => ObfuscationScanner.Scan(texts);

    [Fact]
    public void Toned_syllables_in_parentheses_after_han_characters_are_counted_and_flag_the_text()
    {
        ObfuscationReport report = Scan(AnnotatedParagraph);
        Assert.Equal(10, report.PinyinAnnotations);
        Assert.Equal(ObfuscationKinds.Pinyin, report.Kinds);
        Assert.True(report.Obfuscated);
    }

    [Theory]
    [InlineData("門（mén）", 1)]        // full-width parentheses
    [InlineData("門(men)", 1)]          // no tone
    [InlineData("門(men2)", 1)]         // tone number
    [InlineData("門(me\u0301n)", 1)]    // combining acute accent
    [InlineData("綠(lǜ)", 1)]            // ü with a tone
    [InlineData("中zhong國guo人ren", 2)] // bare syllables between characters; the last one has no character after it
    [InlineData("門(Mén)", 0)]           // annotations are lower case
    [InlineData("門 (mén)", 0)]         // not right after the character
    [InlineData("門(mén", 0)]           // not closed
    [InlineData("(mén)", 0)]            // no character before
    [InlineData("a(mén)", 0)]
    [InlineData("饕餮(tāotiè)", 0)]     // a word gloss of two syllables
    [InlineData("門(mens)", 0)]          // not a syllable
    [InlineData("用app寫", 0)]
    public void Only_a_single_syllable_right_after_a_han_character_is_an_annotation(string text, int expected)
    {
        Assert.Equal(expected, Scan(text).PinyinAnnotations);
    }

    [Fact]
    public void A_textbook_page_with_a_few_glosses_is_not_flagged()
    {
        ObfuscationReport report = Scan(TextbookPage);
        Assert.Equal(3, report.PinyinAnnotations);
        Assert.False(report.Obfuscated);
    }

    [Fact]
    public void English_words_in_parentheses_after_han_characters_are_not_pinyin()
    {
        Assert.Equal(ObfuscationReport.None, Scan(EnglishInParentheses));
    }

    [Fact]
    public void Pinyin_needs_both_a_count_and_a_density_to_flag()
    {
        // Five annotations are too few whatever the density; six in a long text are too sparse.
        Assert.False(Scan("天(tiān)地(dì)人(rén)和(hé)春(chūn)").Obfuscated);
        string sparse = "天(tiān)地(dì)人(rén)和(hé)春(chūn)秋(qiū)" + new string('國', 200);
        Assert.Equal(6, Scan(sparse).PinyinAnnotations);
        Assert.False(Scan(sparse).Obfuscated);
        Assert.True(Scan("天(tiān)地(dì)人(rén)和(hé)春(chūn)秋(qiū)" + new string('國', 100)).Obfuscated);
    }

    [Fact]
    public void Zero_width_characters_inside_words_are_counted_and_flag_the_text()
    {
        ObfuscationReport report = Scan(ZeroWidthSpam);
        Assert.Equal(9, report.ZeroWidth);
        Assert.Equal(ObfuscationKinds.ZeroWidth, report.Kinds);
    }

    [Fact]
    public void Emoji_sequences_and_persian_non_joiners_are_not_counted()
    {
        Assert.Equal(ObfuscationReport.None, Scan(EmojiSequences));
        Assert.Equal(ObfuscationReport.None, Scan(PersianText));
    }

    [Fact]
    public void Zero_width_characters_next_to_spaces_or_punctuation_are_not_counted()
    {
        Assert.Equal(0, Scan("word \u200B word\u200B, \u200Bword").ZeroWidth);
    }

    [Fact]
    public void A_few_stray_zero_width_characters_in_a_long_text_do_not_flag_it()
    {
        string text = string.Concat(Enumerable.Repeat("The long\u200Bword broke here. ", 5)) + string.Concat(Enumerable.Repeat("An ordinary sentence of the article. ", 40));
        ObfuscationReport report = Scan(text);
        Assert.Equal(5, report.ZeroWidth);
        Assert.False(report.Obfuscated);
    }

    [Fact]
    public void Soft_hyphens_between_single_letters_count_and_syllable_breaks_do_not()
    {
        Assert.Equal(0, Scan(GermanHyphenation).ZeroWidth);
        Assert.Equal(7, Scan(SoftHyphenSpam).ZeroWidth);
    }

    [Fact]
    public void Cyrillic_look_alikes_in_latin_words_and_latin_in_cyrillic_words_are_homoglyphs()
    {
        Assert.Equal(3, Scan(CyrillicInLatin).Homoglyphs);
        Assert.Equal(ObfuscationKinds.Homoglyphs, Scan(CyrillicInLatin).Kinds);
        Assert.Equal(3, Scan(LatinInCyrillic).Homoglyphs);
        Assert.True(Scan(LatinInCyrillic).Obfuscated);
    }

    [Fact]
    public void Brand_names_compounds_and_greek_letters_in_names_are_not_homoglyphs()
    {
        Assert.Equal(ObfuscationReport.None, Scan(RussianWithBrands));
    }

    [Theory]
    [InlineData("Яndex")]  // Я has no Latin twin
    [InlineData("ΩMEGA")]  // Ω has none either
    [InlineData("аb")]     // two alphabets, no majority
    public void A_mixed_word_counts_only_when_the_minority_letters_all_look_like_the_majority(string word)
    {
        Assert.Equal(0, Scan(word).Homoglyphs);
    }

    [Fact]
    public void Counts_add_up_over_several_texts()
    {
        ObfuscationReport report = Scan(AnnotatedParagraph, ZeroWidthSpam, CyrillicInLatin);
        Assert.Equal(new ObfuscationReport(10, 9, 3, ObfuscationKinds.Pinyin | ObfuscationKinds.ZeroWidth | ObfuscationKinds.Homoglyphs), report);
    }

    [Fact]
    public void Han_characters_beyond_the_basic_plane_take_annotations_too()
    {
        Assert.Equal(1, Scan("\U00020000(hē)").PinyinAnnotations);
        Assert.Equal(1, Scan("\U00020000\u200B\U00020001").ZeroWidth);
    }
}
