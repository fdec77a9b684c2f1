using PageCleaner.Language;

namespace PageCleaner.Tests.Language;

/// <summary>The normalized form n-grams are taken from, and the n-grams themselves.</summary>
public sealed class NgramTextTests
{
    [Theory]
    [InlineData("Der Hund, der bellt!", UnicodeScript.Latin, " der hund der bellt ")]
    [InlineData("  L'ÉTÉ 2024 ", UnicodeScript.Latin, " l été ")]
    [InlineData("Москва and Paris", UnicodeScript.Cyrillic, " москва ")]
    [InlineData("Москва and Paris", UnicodeScript.Latin, " and paris ")]
    [InlineData("123 !!!", UnicodeScript.Latin, "")]
    [InlineData("कि तु", UnicodeScript.Devanagari, " कि तु ")] // the vowel signs stay with their consonants
    [InlineData("Cafe\u0301’s “NAÏVE” co-op", UnicodeScript.Latin, " cafe\u0301 s naïve co op ")] // a combining mark stays in its word
    [InlineData("Zoë\u0308x and Wörter", UnicodeScript.Cyrillic, "")]
    public void Normalize_keeps_lower_cased_words_of_one_script(string text, UnicodeScript script, string expected)
    {
        var buffer = new char[text.Length + 2];
        int length = NgramText.Normalize(text, script, buffer, int.MaxValue);

        Assert.Equal(expected, new string(buffer, 0, length));
    }

    [Fact]
    public void Normalize_stops_after_the_letter_limit()
    {
        const string text = "abc def ghi";
        var buffer = new char[text.Length + 2];
        int length = NgramText.Normalize(text, UnicodeScript.Latin, buffer, 4);

        Assert.Equal(" abc d ", new string(buffer, 0, length));
    }

    [Fact]
    public void A_padded_word_gives_every_n_gram_inside_it()
    {
        var ngrams = Collect(" der ");

        string[] expected = [" d", " de", " der", " der ", "d", "de", "der", "der ", "e", "er", "er ", "r", "r "];
        Assert.Equal(expected.Order(StringComparer.Ordinal), ngrams.Select(n => n.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void N_grams_never_cross_a_word_boundary_and_are_at_most_five_long()
    {
        var ngrams = Collect(" language is fun ");

        Assert.All(ngrams, n =>
        {
            Assert.InRange(n.Text.Length, 1, NgramText.MaxN);
            Assert.DoesNotContain(' ', n.Text.Trim());
            Assert.NotEqual(" ", n.Text);
        });
        Assert.Contains(ngrams, n => n.Text == "langu");
        Assert.DoesNotContain(ngrams, n => n.Text == "langua");
    }

    [Fact]
    public void The_incremental_hash_equals_the_hash_of_the_n_gram()
    {
        foreach (var (text, hash) in Collect(" über straße 東京 "))
        {
            Assert.Equal(NgramHash.Of(text), hash);
        }
    }

    [Fact]
    public void Stored_n_grams_write_the_boundary_as_underscore()
    {
        Assert.Equal("_de", NgramText.ToStored(" de"));
        Assert.Equal(" de", NgramText.FromStored("_de"));
    }

    private static List<(string Text, ulong Hash)> Collect(string normalized)
    {
        var sink = new ListSink([]);
        NgramText.Enumerate(normalized, ref sink);
        return sink.Items;
    }

    private readonly struct ListSink(List<(string, ulong)> items) : INgramSink
    {
        public List<(string Text, ulong Hash)> Items { get; } = items;

        public void Add(ReadOnlySpan<char> text, int start, int length, ulong hash) => Items.Add((text.Slice(start, length).ToString(), hash));
    }
}
