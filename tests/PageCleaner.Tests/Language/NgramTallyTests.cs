using PageCleaner.Language;

namespace PageCleaner.Tests.Language;

public sealed class NgramTallyTests
{
    // The first `keep` by count (most first), then by hash: the ranking the identifier compares with its profiles.
    private static (ulong, int)[] Top(IEnumerable<(ulong Hash, int Count)> counts, int keep) =>
        [.. counts.OrderByDescending(c => c.Count).ThenBy(c => c.Hash).Take(keep)];

    [Theory]
    [InlineData(0, 400, 1)]
    [InlineData(1, 400, 2)]
    [InlineData(300, 400, 3)]
    [InlineData(8000, 400, 4)]
    [InlineData(8000, 400, 5)]
    [InlineData(5000, 10, 6)]
    [InlineData(9000, 400, 7)]
    public void The_candidates_are_the_most_frequent_with_their_exact_counts_in_hash_order(int length, int keep, int seed)
    {
        var random = new Random(seed);
        // Few distinct values repeated unevenly (like n-grams), some of them large or 0.
        var pool = Enumerable.Range(0, 1 + length / 3).Select(_ => random.Next(4) == 0 ? (ulong)random.Next(3) : (ulong)random.NextInt64() * 7).ToArray();
        ulong[] hashes = [.. Enumerable.Range(0, length).Select(_ => pool[(int)Math.Sqrt(random.Next(pool.Length * pool.Length))])];

        var into = new NgramCount[Math.Max(1, length)];
        int n = NgramTally.Candidates(hashes, keep, into);

        var exact = hashes.GroupBy(h => h).ToDictionary(g => g.Key, g => g.Count());
        ReadOnlySpan<NgramCount> candidates = into.AsSpan(0, n);
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(exact[candidates[i].Hash], candidates[i].Count);
            if (i > 0) Assert.True(candidates[i - 1].Hash < candidates[i].Hash);
        }
        Assert.Equal(Top(exact.Select(e => (e.Key, e.Value)), keep), Top(candidates.ToArray().Select(c => (c.Hash, c.Count)), keep));
        Assert.Equal(Math.Min(keep, exact.Count), n);
    }

    [Fact]
    public void Of_many_ngrams_seen_as_often_the_smallest_hashes_fill_the_places_left()
    {
        // 100 n-grams seen twice and 3,000 seen once: 400 places are the 100 and the 300 smallest of the rest.
        var random = new Random(11);
        ulong[] twice = [.. Enumerable.Range(0, 100).Select(_ => (ulong)random.NextInt64())];
        ulong[] once = [.. Enumerable.Range(0, 3000).Select(_ => (ulong)random.NextInt64()).Except(twice)];
        ulong[] hashes = [.. twice, .. once, .. twice];
        random.Shuffle(hashes);

        var into = new NgramCount[hashes.Length];
        int n = NgramTally.Candidates(hashes, 400, into);

        var expected = twice.Select(h => (h, 2)).Concat(once.Order().Take(300).Select(h => (h, 1))).OrderBy(c => c.h);
        Assert.Equal(expected, into.Take(n).Select(c => (c.Hash, c.Count)));
    }
}
