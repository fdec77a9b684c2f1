using FsCheck.Xunit;
using PageCleaner.Text;

namespace PageCleaner.Tests.Text;

public sealed class CharPairFilterTests
{
    private static readonly string[] Phrases = ["casino", "ca", "x", "博彩", "€", "ab", "slot gacor"];

    [Fact]
    public void Every_place_a_phrase_starts_is_a_maybe()
    {
        var filter = new CharPairFilter(Phrases);
        const string text = "the casino x 博彩 €ab slot gacor";
        foreach (string phrase in Phrases)
        {
            for (int i = text.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = text.IndexOf(phrase, i + 1, StringComparison.Ordinal))
            {
                Assert.True(filter.MayStartAt(text, i), $"{phrase} at {i}");
            }
        }
    }

    [Fact]
    public void Places_where_no_phrase_can_start_are_ruled_out()
    {
        var filter = new CharPairFilter(Phrases);
        Assert.False(filter.MayStartAt("hello", 0));
        Assert.False(filter.MayStartAt("cb", 0));
        // A two-character phrase cannot start at the last character.
        Assert.False(filter.MayStartAt("c", 0));
        Assert.True(filter.MayStartAt("x", 0));
    }

    [Fact]
    public void An_empty_phrase_list_rules_out_everything()
    {
        var filter = new CharPairFilter([]);
        Assert.False(filter.MayStartAt("anything", 0));
    }

    // No false "no": wherever a phrase drawn from the text itself starts, the filter says maybe.
    [Property(MaxTest = 300, Replay = "(7461094623309842191,2841939917356024471)")]
    public bool Never_rules_out_a_real_start(string? text, int start, int length)
    {
        text ??= "";
        if (text.Length == 0) return true;
        start = (start % text.Length + text.Length) % text.Length;
        int most = Math.Min(6, text.Length - start);
        length = 1 + (length % most + most) % most;
        string phrase = text.Substring(start, length);
        var filter = new CharPairFilter(["zz", phrase]);
        return filter.MayStartAt(text, start);
    }
}
