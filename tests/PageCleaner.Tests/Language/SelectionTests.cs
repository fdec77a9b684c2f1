using PageCleaner.Language;

namespace PageCleaner.Tests.Language;

/// <summary>The selection puts exactly the k smallest values first, whatever the order they come in.</summary>
public sealed class SelectionTests
{
    [Theory]
    [InlineData(0, 0, 1)]
    [InlineData(1, 1, 2)]
    [InlineData(2, 1, 3)]
    [InlineData(3, 2, 4)]
    [InlineData(100, 1, 5)]
    [InlineData(100, 50, 6)]
    [InlineData(100, 99, 7)]
    [InlineData(5000, 400, 8)]
    [InlineData(5000, 4999, 9)]
    public void The_first_k_are_the_k_smallest(int length, int k, int seed)
    {
        var random = new Random(seed);
        ulong[] values = [.. Enumerable.Range(0, length).Select(_ => (ulong)random.NextInt64()).Distinct()];
        ulong[] sorted = [.. values.Order()];

        Selection.Smallest(values, k);

        Assert.Equal(sorted.Take(k), values.Take(k).Order());
        Assert.Equal(sorted, values.Order());
    }

    [Fact]
    public void Sorted_and_reversed_inputs_are_selected_too()
    {
        ulong[] ascending = [.. Enumerable.Range(0, 1000).Select(i => (ulong)i * 3)];
        ulong[] descending = [.. ascending.Reverse()];
        foreach (ulong[] values in new[] { ascending, descending })
        {
            Selection.Smallest(values, 10);
            Assert.Equal(ascending.Take(10), values.Take(10).Order());
        }
    }
}
