using PageCleaner.Text;

namespace PageCleaner.Tests.Text;

/// <summary>ASCII text is counted by a shortcut: it must count what the full scan counts.</summary>
public sealed class ObfuscationMarksTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Hello, world! 42 times.")]
    [InlineData("a1b2c3 @home [x] {y} `z` _under_score_ x-y")]
    [InlineData("   \t\n  ")]
    public void Ascii_text_is_counted_as_the_full_scan_counts_it(string text) => AssertSameCounts(text);

    [Fact]
    public void Random_ascii_text_is_counted_as_the_full_scan_counts_it()
    {
        var random = new Random(5);
        for (int n = 0; n < 300; n++)
        {
            var chars = new char[random.Next(0, 200)];
            for (int i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(0, 128);
            AssertSameCounts(new string(chars));
        }
    }

    private static void AssertSameCounts(string text)
    {
        ObfuscationCounts quick = default, full = default;
        ObfuscationMarks.Scan(text, ref quick, null);
        var marks = new List<ObfuscationMark>();
        ObfuscationMarks.Scan(text, ref full, marks, asciiShortcut: false);
        Assert.Equal(full, quick);
        Assert.Empty(marks);
    }
}
