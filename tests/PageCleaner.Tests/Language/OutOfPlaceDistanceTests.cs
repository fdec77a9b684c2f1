using PageCleaner.Language;

namespace PageCleaner.Tests.Language;

/// <summary>The out-of-place sums computed with vectors against one language at a time.</summary>
public sealed class OutOfPlaceDistanceTests
{
    [Fact]
    public void Vectors_add_the_same_distances_as_one_language_at_a_time()
    {
        var random = new Random(3);
        for (int round = 0; round < 500; round++)
        {
            int languages = random.Next(0, 41), penalty = random.Next(1, 500);
            short[] ranks = [.. Enumerable.Range(0, languages).Select(_ => (short)(random.Next(4) == 0 ? -1 : random.Next(penalty)))];
            int r = random.Next(NgramLanguageIdentifier.TextProfileSize);
            int[] start = [.. Enumerable.Range(0, languages).Select(_ => random.Next(100_000))];
            int[] vector = [.. start], scalar = [.. start];
            NgramLanguageIdentifier.AddOutOfPlace(ranks, r, penalty, vector);
            NgramLanguageIdentifier.AddOutOfPlace(ranks, r, penalty, scalar, vectors: false);
            Assert.Equal(scalar, vector);
            for (int c = 0; c < languages; c++)
            {
                int expected = ranks[c] < 0 ? penalty : Math.Min(Math.Abs(r - ranks[c]), penalty);
                Assert.Equal(start[c] + expected, scalar[c]);
            }
        }
    }
}
