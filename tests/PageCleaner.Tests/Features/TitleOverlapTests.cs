using PageCleaner.Features;

namespace PageCleaner.Tests.Features;

/// <summary>The share of a block's lower-cased bigrams (no whitespace in them) that the title holds.</summary>
public sealed class TitleOverlapTests
{
    [Theory]
    [InlineData("Storm Hits the Coast", "storm hits the coast", 1f)]
    [InlineData("Storm Hits the Coast", "Völlig anders", 0f)]
    [InlineData("ÉTÉ À PARIS", "été à paris", 1f)]
    [InlineData("Storm", "Storm warning", 4f / 10)]
    public void Scores_the_share_of_bigrams_found_in_the_title(string title, string block, float expected)
    {
        Assert.Equal(expected, TitleOverlap.Create(title).Score(block), 5);
    }

    [Fact]
    public void Long_or_tiny_blocks_and_pages_without_a_title_score_zero()
    {
        Assert.Equal(0, TitleOverlap.Create("Storm").Score(new string('s', 300)));
        Assert.Equal(0, TitleOverlap.Create("Storm").Score("s"));
        Assert.Equal(0, TitleOverlap.Create(null).Score("storm"));
    }

    [Fact]
    public void Agrees_with_counting_pair_by_pair_on_random_text()
    {
        var random = new Random(4);
        const string pool = "abAB cÉé\tŞşΣσ中文 \u00A0";
        for (int n = 0; n < 300; n++)
        {
            string title = Random(random, pool, 30), block = Random(random, pool, 60);
            var set = new HashSet<int>();
            for (int i = 0; i + 1 < title.Length; i++)
            {
                char a = char.ToLowerInvariant(title[i]), b = char.ToLowerInvariant(title[i + 1]);
                if (!char.IsWhiteSpace(a) && !char.IsWhiteSpace(b)) set.Add((a << 16) | b);
            }
            int total = 0, hits = 0;
            for (int i = 0; i + 1 < block.Length; i++)
            {
                char a = char.ToLowerInvariant(block[i]), b = char.ToLowerInvariant(block[i + 1]);
                if (char.IsWhiteSpace(a) || char.IsWhiteSpace(b)) continue;
                total++;
                if (set.Contains((a << 16) | b)) hits++;
            }
            float expected = set.Count == 0 || block.Length < 2 || total == 0 ? 0 : hits / (float)total;
            Assert.Equal(expected, TitleOverlap.Create(title).Score(block));
        }
    }

    private static string Random(Random random, string pool, int max) =>
        new([.. Enumerable.Range(0, random.Next(0, max)).Select(_ => pool[random.Next(pool.Length)])]);
}
