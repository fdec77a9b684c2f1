using PageCleaner.Language;

namespace PageCleaner.Tests.Language;

/// <summary>The profile file: writing, reading back, and the errors for files that are not profiles.</summary>
public sealed class LanguageProfileSetTests
{
    private const string Header = "pclang 1 n=1-5 size=5\n";

    [Fact]
    public void A_profile_file_reads_back_to_the_same_text()
    {
        var set = new LanguageProfileSet(
        [
            new LanguageProfile("de", UnicodeScript.Latin, ["e", " d", "der ", "n"]),
            new LanguageProfile("ru", UnicodeScript.Cyrillic, ["о", " п", "ть "]),
        ], 5);

        string text = set.ToText();
        LanguageProfileSet back = LanguageProfileSet.Parse(text, "p.pclang");

        Assert.Equal(text, back.ToText());
        Assert.Equal(5, back.Size);
        Assert.Equal(["e", " d", "der ", "n"], back.Profiles[0].Ngrams);
        Assert.Equal(UnicodeScript.Cyrillic, back.Profiles[1].Script);
        Assert.Contains("\nde Latin e _d der_ n\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "p.pclang: not a language profile file")]
    [InlineData("hello world\n", "p.pclang:1: not a language profile file")]
    [InlineData("pclang 2 n=1-5 size=5\nen Latin e\n", "p.pclang:1: format version 2")]
    [InlineData("pclang 1 n=1-3 size=5\nen Latin e\n", "p.pclang:1: n-gram lengths 'n=1-3'")]
    [InlineData("pclang 1 n=1-5 size=x\nen Latin e\n", "p.pclang:1: 'size=x' is not a profile size")]
    [InlineData(Header, "p.pclang: no profiles")]
    [InlineData(Header + "EN Latin e\n", "p.pclang:2: 'EN' is not a language code")]
    [InlineData(Header + "en Klingon e\n", "p.pclang:2: 'Klingon' is not a script name")]
    [InlineData(Header + "en 3 e\n", "p.pclang:2: '3' is not a script name")]
    [InlineData(Header + "en Latin\n", "p.pclang:2: a profile line needs")]
    [InlineData(Header + "en Latin e\nen Latin a\n", "p.pclang:3: 'en' appears twice")]
    [InlineData(Header + "en Latin a b c d e f\n", "p.pclang:2: more than 5 n-grams")]
    [InlineData(Header + "en Latin a a\n", "p.pclang:2: n-gram 2 ('a')")]
    [InlineData(Header + "en Latin abcdef\n", "p.pclang:2: n-gram 1 ('abcdef')")]
    public void Bad_files_are_one_line_errors_naming_the_file_and_line(string text, string expected)
    {
        var e = Assert.Throws<LanguageProfileFormatException>(() => LanguageProfileSet.Parse(text, "p.pclang"));

        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void A_missing_file_is_a_profile_error_naming_it()
    {
        string path = Path.Combine(Path.GetTempPath(), "no-such-profiles-" + Guid.NewGuid().ToString("N") + ".pclang");

        var e = Assert.Throws<LanguageProfileFormatException>(() => NgramLanguageIdentifier.FromFile(path));

        Assert.StartsWith(path + ": cannot read", e.Message, StringComparison.Ordinal);
    }
}
