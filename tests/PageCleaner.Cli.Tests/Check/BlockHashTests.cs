using PageCleaner.Cli.Checking;

namespace PageCleaner.Cli.Tests.Check;

/// <summary>The allow-list's content hash: stable under spacing and compatibility forms, different for other text.</summary>
public sealed class BlockHashTests
{
    [Fact]
    public void Is_16_lower_case_hex_digits_of_sha256_of_the_normalised_text()
    {
        // SHA-256("abc") starts ba7816bf8f01cfea.
        Assert.Equal("ba7816bf8f01cfea", BlockHash.Of("abc"));
        Assert.Equal("ba7816bf8f01cfea", BlockHash.Of("  abc\n"));
    }

    [Theory]
    [InlineData("best online casino", "best  online\tcasino")]
    [InlineData("best online casino", "best\nonline\u00A0casino ")]
    [InlineData("ｂｅｓｔ　ｃａｓｉｎｏ！", "best casino!")] // full-width forms fold to ASCII
    [InlineData("彩票 开奖", "彩票\u3000开奖")]
    public void Spacing_and_compatibility_forms_do_not_change_it(string a, string b) =>
        Assert.Equal(BlockHash.Of(a), BlockHash.Of(b));

    [Theory]
    [InlineData("best online casino", "best online casinos")]
    [InlineData("best online casino", "Best online casino")]
    [InlineData("bestonline casino", "best online casino")]
    public void Other_text_gives_another_hash(string a, string b) =>
        Assert.NotEqual(BlockHash.Of(a), BlockHash.Of(b));

    [Theory]
    [InlineData("29b6c46c81e90f58", true)]
    [InlineData("29B6C46C81E90F58", true)]
    [InlineData("29b6c46c81e90f5", false)]
    [InlineData("29b6c46c81e90f588", false)]
    [InlineData("29b6c46c81e90f5g", false)]
    public void Well_formed(string value, bool expected) => Assert.Equal(expected, BlockHash.IsWellFormed(value));
}
