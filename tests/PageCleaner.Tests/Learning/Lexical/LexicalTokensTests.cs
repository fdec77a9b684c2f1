using PageCleaner.Learning.Lexical;

namespace PageCleaner.Tests.Learning.Lexical;

public sealed class LexicalTokensTests
{
    private static int[] Slots(string text)
    {
        var slots = new int[LexicalTokens.MaxSlotsPerText];
        return slots[..LexicalTokens.Hash(text, slots)];
    }

    [Fact]
    public void Each_word_gives_its_own_slot_and_the_pair_it_closes()
    {
        Assert.Equal(6, Slots("Add to cart").Length);
        Assert.Empty(Slots("   \n\t "));
        Assert.All(Slots("Add to cart, then check out"), s => Assert.InRange(s, 0, LexicalTokens.Slots - 1));
    }

    [Fact]
    public void Case_and_the_digits_of_numbers_do_not_matter_but_the_words_do()
    {
        Assert.Equal(Slots("Item# 59370 In Stock"), Slots("ITEM# 17469 in stock"));
        Assert.NotEqual(Slots("Item# 59370 In Stock"), Slots("Item# 59370 Sold out"));
        Assert.NotEqual(Slots("Item 59370"), Slots("Item 5937"));
    }

    [Fact]
    public void Letters_and_digits_beyond_ASCII_fold_as_ASCII_ones_do()
    {
        Assert.Equal(Slots("ÉCOLE Ünïvérsité ٢٠٢٦"), Slots("école ünïvérsité ١٩٩٩"));
        Assert.Equal(Slots("ПРИВЕТ мир"), Slots("привет МИР"));
        Assert.NotEqual(Slots("école"), Slots("ecole"));
    }

    [Fact]
    public void The_order_of_words_is_seen_through_their_pairs()
    {
        int[] a = Slots("read more"), b = Slots("more read");
        Assert.Equal(a.Where((_, i) => i % 2 == 0).Order(), b.Where((_, i) => i % 2 == 0).Order());
        Assert.NotEqual(a.Where((_, i) => i % 2 == 1).Order(), b.Where((_, i) => i % 2 == 1).Order());
    }

    [Fact]
    public void Han_kana_and_Hangul_characters_are_words_of_their_own_and_symbols_too()
    {
        Assert.Equal(8, Slots("责任编辑").Length);
        Assert.Equal(8, Slots("ログイン").Length);
        Assert.Equal(4, Slots("댓글").Length);
        Assert.Equal(4, Slots("© 2026").Length);
        // A run of letters next to Han characters is one word: "iPhone" then 手 and 机.
        Assert.Equal(6, Slots("iPhone手机").Length);
    }

    [Fact]
    public void Only_the_first_words_count()
    {
        string words = string.Join(' ', Enumerable.Range(0, 500).Select(i => "w" + (char)('a' + i % 26) + (char)('a' + i / 26 % 26)));
        int[] all = Slots(words);
        Assert.Equal(LexicalTokens.MaxSlotsPerText, all.Length);
        Assert.Equal(all, Slots(words + " and a tail that is never read"));
    }
}
