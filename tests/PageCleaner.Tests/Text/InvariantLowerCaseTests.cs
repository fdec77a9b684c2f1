using PageCleaner.Text;

namespace PageCleaner.Tests.Text;

/// <summary>The ASCII shortcut lowers text exactly as the invariant culture does, whatever follows the ASCII.</summary>
public sealed class InvariantLowerCaseTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Plain ASCII Text, 42 TIMES!")]
    [InlineData("ÜBER Straße")]
    [InlineData("Abc ΣΙΓΜΑ Ωmega")]
    [InlineData("İstanbul ISTANBUL")]
    [InlineData("MIXED 中文 ТЕКСТ then ASCII AGAIN")]
    [InlineData("Emoji \U0001F600 and \U00010400 DESERET")]
    public void Lowers_as_the_invariant_culture(string text)
    {
        var lower = new char[text.Length];
        int n = InvariantLowerCase.Lower(text, lower);
        Assert.Equal(text.ToLowerInvariant(), new string(lower, 0, n));
    }

    [Fact]
    public void Random_text_is_lowered_as_the_invariant_culture()
    {
        var random = new Random(9);
        for (int k = 0; k < 500; k++)
        {
            var chars = new char[random.Next(0, 80)];
            for (int i = 0; i < chars.Length; i++) chars[i] = random.Next(4) == 0 ? (char)random.Next(0x80, 0x3000) : (char)random.Next(0x20, 0x80);
            string text = new(chars);
            var lower = new char[text.Length];
            int n = InvariantLowerCase.Lower(text, lower);
            Assert.Equal(text.ToLowerInvariant(), new string(lower, 0, n));
        }
    }
}
