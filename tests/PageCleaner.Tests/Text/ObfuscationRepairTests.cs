using FsCheck.Xunit;
using PageCleaner.Text;
using static PageCleaner.Tests.Text.ObfuscationTexts;

namespace PageCleaner.Tests.Text;

public sealed class ObfuscationRepairTests
{
    [Fact]
    public void Pinyin_annotations_are_removed_and_nothing_else()
    {
        Assert.Equal(PlainParagraph, ObfuscationRepair.Repair(AnnotatedParagraph));
    }

    [Fact]
    public void Zero_width_characters_inside_words_are_removed_and_emoji_sequences_kept()
    {
        Assert.Equal("Buy cheap viagra today, free spins. 澳門博彩", ObfuscationRepair.Repair(ZeroWidthSpam));
        Assert.Same(EmojiSequences, ObfuscationRepair.Repair(EmojiSequences));
        Assert.Same(PersianText, ObfuscationRepair.Repair(PersianText));
        Assert.Equal("Get free spins now", ObfuscationRepair.Repair(SoftHyphenSpam));
        Assert.Same(GermanHyphenation, ObfuscationRepair.Repair(GermanHyphenation));
    }

    [Fact]
    public void Homoglyphs_are_left_as_they_are()
    {
        Assert.Same(CyrillicInLatin, ObfuscationRepair.Repair(CyrillicInLatin));
        Assert.Same(LatinInCyrillic, ObfuscationRepair.Repair(LatinInCyrillic, ObfuscationKinds.Homoglyphs | ObfuscationKinds.ZeroWidth | ObfuscationKinds.Pinyin));
    }

    [Fact]
    public void Only_the_kinds_asked_for_are_removed()
    {
        string both = AnnotatedParagraph + ZeroWidthSpam;
        Assert.Equal(PlainParagraph + ZeroWidthSpam, ObfuscationRepair.Repair(both, ObfuscationKinds.Pinyin));
        Assert.Equal(AnnotatedParagraph + ObfuscationRepair.Repair(ZeroWidthSpam), ObfuscationRepair.Repair(both, ObfuscationKinds.ZeroWidth));
        Assert.Same(both, ObfuscationRepair.Repair(both, ObfuscationKinds.None));
    }

    [Fact]
    public void A_page_repair_keeps_a_textbook_s_glosses_and_removes_a_farm_s_annotations()
    {
        Assert.Equal(ObfuscationKinds.ZeroWidth, ContentObfuscation.RepairKinds(ObfuscationScanner.Scan([TextbookPage])));
        Assert.Equal(ObfuscationKinds.ZeroWidth | ObfuscationKinds.Pinyin, ContentObfuscation.RepairKinds(ObfuscationScanner.Scan([AnnotatedParagraph])));
    }

    [Property(MaxTest = 500, Replay = "(1406937146398121857,1733105315961294853)")]
    public bool Repair_only_deletes_what_the_scan_counts(string? raw)
    {
        string text = raw ?? "";
        ObfuscationReport report = ObfuscationScanner.Scan([text]);
        string repaired = ObfuscationRepair.Repair(text);
        if (report.PinyinAnnotations == 0 && report.ZeroWidth == 0) return ReferenceEquals(repaired, text);
        return repaired.Length < text.Length && IsSubsequence(repaired, text);
    }

    [Property(MaxTest = 300, Replay = "(7208391518820547005,1182609231740392117)")]
    public bool Text_made_of_ordinary_pieces_is_never_changed(int[] picks)
    {
        // Pieces that sit near every kind of mark without being one.
        string[] pieces = [TextbookPage, EnglishInParentheses, EmojiSequences, PersianText, GermanHyphenation, RussianWithBrands, "門 (mén) ", "Hello, world. ", "\u200B ", "中文English混合。"];
        var sb = new System.Text.StringBuilder();
        foreach (int p in picks ?? []) sb.Append(pieces[(p & int.MaxValue) % pieces.Length]);
        string text = sb.ToString();
        string withoutGlosses = ObfuscationRepair.Repair(text, ObfuscationKinds.ZeroWidth);
        return ReferenceEquals(withoutGlosses, text) && !ObfuscationScanner.Scan([text]).Obfuscated;
    }

    private static bool IsSubsequence(string small, string big)
    {
        int j = 0;
        foreach (char c in big)
        {
            if (j < small.Length && small[j] == c) j++;
        }
        return j == small.Length;
    }
}
