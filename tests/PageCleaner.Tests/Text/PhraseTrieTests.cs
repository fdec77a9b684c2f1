using PageCleaner.Text;

namespace PageCleaner.Tests.Text;

public sealed class PhraseTrieTests
{
    private static readonly string[] Phrases = ["casino", "online casino", "on", "online", "版权所有", "版权", "x", "ca"];

    [Fact]
    public void Names_every_phrase_that_starts_at_a_place_shortest_first()
    {
        var trie = new PhraseTrie(Phrases);
        Span<int> found = stackalloc int[trie.MaxLength];
        int n = trie.MatchesAt("online casinos", 0, found);
        Assert.Equal(["on", "online", "online casino"], found[..n].ToArray().Select(i => Phrases[i]));
        n = trie.MatchesAt("online casinos", 7, found);
        Assert.Equal(["ca", "casino"], found[..n].ToArray().Select(i => Phrases[i]));
        n = trie.MatchesAt("本站版权所有", 2, found);
        Assert.Equal(["版权", "版权所有"], found[..n].ToArray().Select(i => Phrases[i]));
        Assert.Equal(0, trie.MatchesAt("onl", 1, found));
        Assert.Equal(13, trie.MaxLength);
    }

    [Theory]
    [InlineData("abcno 版权所有x", 60)]
    [InlineData("abcdefghijklmnopqrstuvwxyz 版权所有", 400)] // nodes of more than eight edges, searched by halves
    public void Agrees_with_comparing_every_phrase_on_random_text(string alphabet, int count)
    {
        var random = new Random(11);
        string[] phrases = [.. Enumerable.Range(0, count).Select(_ => new string([.. Enumerable.Range(0, random.Next(1, 6)).Select(_ => alphabet[random.Next(alphabet.Length)])])).Distinct()];
        var trie = new PhraseTrie(phrases);
        Span<int> found = stackalloc int[trie.MaxLength];
        for (int round = 0; round < 200; round++)
        {
            string text = new([.. Enumerable.Range(0, 40).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            for (int i = 0; i < text.Length; i++)
            {
                int n = trie.MatchesAt(text, i, found);
                var expected = phrases.Where(p => text.AsSpan(i).StartsWith(p, StringComparison.Ordinal)).OrderBy(p => p.Length);
                Assert.Equal(expected, found[..n].ToArray().Select(k => phrases[k]));
            }
        }
    }
}
