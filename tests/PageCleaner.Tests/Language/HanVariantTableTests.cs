using PageCleaner.Language;

namespace PageCleaner.Tests.Language;

/// <summary>The Simplified-only and Traditional-only sets generated from Unihan, on characters whose status is known.</summary>
public sealed class HanVariantTableTests
{
    [Theory]
    [InlineData('门')]
    [InlineData('们')]
    [InlineData('国')]
    [InlineData('学')]
    [InlineData('发')] // for both 發 and 髮
    [InlineData('车')]
    [InlineData('说')]
    public void Simplified_forms_are_simplified_only(char c)
    {
        Assert.True(HanVariantTable.IsSimplifiedOnly(c));
        Assert.False(HanVariantTable.IsTraditionalOnly(c));
    }

    [Theory]
    [InlineData('門')]
    [InlineData('們')]
    [InlineData('國')]
    [InlineData('學')]
    [InlineData('發')]
    [InlineData('髮')]
    [InlineData('車')]
    [InlineData('說')]
    [InlineData('這')]
    [InlineData('後')] // simplified text writes 后
    public void Traditional_forms_are_traditional_only(char c)
    {
        Assert.True(HanVariantTable.IsTraditionalOnly(c));
        Assert.False(HanVariantTable.IsSimplifiedOnly(c));
    }

    [Theory]
    [InlineData('的')] // no variants at all
    [InlineData('人')]
    [InlineData('中')]
    [InlineData('后')] // its traditional variants include itself (后 "empress" is traditional too)
    [InlineData('台')]
    [InlineData('里')]
    [InlineData('干')]
    [InlineData('这')] // Unihan lists 这 among its own traditional variants, so the rule leaves it out
    [InlineData('苧')] // both rules hold: contradictory, left out
    public void Shared_and_contradictory_characters_are_in_neither_set(char c)
    {
        Assert.False(HanVariantTable.IsSimplifiedOnly(c));
        Assert.False(HanVariantTable.IsTraditionalOnly(c));
    }

    [Fact]
    public void Supplementary_plane_characters_are_looked_up_too()
    {
        // U+2003E has kTraditionalVariant U+2005E, which has kSimplifiedVariant U+2003E.
        Assert.True(HanVariantTable.IsSimplifiedOnly(0x2003E));
        Assert.True(HanVariantTable.IsTraditionalOnly(0x2005E));
        Assert.False(HanVariantTable.IsSimplifiedOnly(0x20000));
        Assert.False(HanVariantTable.IsTraditionalOnly(0x20000));
    }

    [Fact]
    public void Non_Han_code_points_are_in_neither_set()
    {
        foreach (int cp in new[] { 'a', 'ж', 'の', '한', 0x33FF, 0xA000, 0x1F600, 0x10FFFF })
        {
            Assert.False(HanVariantTable.IsSimplifiedOnly(cp));
            Assert.False(HanVariantTable.IsTraditionalOnly(cp));
        }
    }

    [Fact]
    public void The_sets_have_the_sizes_the_generator_reported()
    {
        var (simplified, traditional) = HanVariantTable.Sizes();

        // Unicode 15.0: 5,861 characters with a kTraditionalVariant not listing themselves, 6,262 with such a
        // kSimplifiedVariant, one character (苧) in both and left out of both.
        Assert.Equal(5860, simplified);
        Assert.Equal(6261, traditional);
    }
}
