using PageCleaner.Language;

namespace PageCleaner.Tests.Language;

/// <summary>The radix sort of n-gram hashes gives the comparison sort's order, at every length around its cut-overs.</summary>
public sealed class HashSortTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(255, 3)]
    [InlineData(256, 4)]
    [InlineData(257, 5)]
    [InlineData(10_000, 6)]
    public void Sorts_like_the_comparison_sort(int length, int seed)
    {
        var random = new Random(seed);
        var values = new ulong[length];
        for (int i = 0; i < length; i++)
        {
            values[i] = (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40);
            if (i % 7 == 0 && i > 0) values[i] = values[i - 1]; // repeats, as a text's n-grams have
        }
        ulong[] expected = [.. values];
        Array.Sort(expected);
        HashSort.Sort(values);
        Assert.Equal(expected, values);
    }

    [Fact]
    public void Values_sharing_most_bytes_are_sorted_too()
    {
        // Passes over a byte every value shares are skipped: both an odd and an even number of passes must end sorted.
        ulong[] oneByte = [.. Enumerable.Range(0, 1000).Select(i => 0xABCD_0000_0000_0000UL | (uint)((i * 37) % 256))];
        ulong[] twoBytes = [.. Enumerable.Range(0, 1000).Select(i => 0xABCD_0000_0000_0000UL | (uint)((i * 7919) % 65536))];
        foreach (ulong[] values in new[] { oneByte, twoBytes })
        {
            ulong[] expected = [.. values];
            Array.Sort(expected);
            HashSort.Sort(values);
            Assert.Equal(expected, values);
        }
    }
}
