using PageCleaner.Text;

namespace PageCleaner.Tests.Text;

/// <summary>ASCII characters take a shortcut through the scan: it must count and mark what the long way does.</summary>
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

    [Fact]
    public void Mixed_text_with_marks_is_counted_and_marked_as_the_full_scan_does()
    {
        // Zero-width characters, soft hyphens, look-alike Cyrillic letters and pinyin after Han, among ASCII.
        const string pool = "ab Z1.,(\u200B\u200C\u00ADоаре中文（mén）mén’“é";
        var random = new Random(8);
        for (int n = 0; n < 500; n++)
        {
            string text = new([.. Enumerable.Range(0, random.Next(0, 80)).Select(_ => pool[random.Next(pool.Length)])]);
            ObfuscationCounts quick = default, full = default;
            var quickMarks = new List<ObfuscationMark>();
            var fullMarks = new List<ObfuscationMark>();
            ObfuscationMarks.Scan(text, ref quick, quickMarks);
            ObfuscationMarks.Scan(text, ref full, fullMarks, asciiShortcut: false);
            Assert.Equal(full, quick);
            Assert.Equal(fullMarks, quickMarks);
        }
    }

    private static void AssertSameCounts(string text)
    {
        ObfuscationCounts quick = default, full = default;
        var marks = new List<ObfuscationMark>();
        ObfuscationMarks.Scan(text, ref quick, marks);
        ObfuscationMarks.Scan(text, ref full, null, asciiShortcut: false);
        Assert.Equal(full, quick);
        Assert.Empty(marks);
    }
}
