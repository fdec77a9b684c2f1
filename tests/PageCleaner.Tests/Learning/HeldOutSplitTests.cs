using System.Globalization;
using PageCleaner.Learning.Training;

namespace PageCleaner.Tests.Learning;

public sealed class HeldOutSplitTests
{
    private static readonly string[] Names =
        Enumerable.Range(0, 1000).Select(i => string.Create(CultureInfo.InvariantCulture, $"html/en-news-{i:D4}.html")).ToArray();

    [Fact]
    public void Roughly_one_in_five_files_is_held_out()
    {
        int heldOut = Names.Count(HeldOutSplit.IsHeldOut);
        Assert.InRange(heldOut, 150, 250);
    }

    [Fact]
    public void The_split_depends_on_the_path_alone()
    {
        bool[] first = Names.Select(HeldOutSplit.IsHeldOut).ToArray();
        bool[] second = Names.Reverse().Select(HeldOutSplit.IsHeldOut).Reverse().ToArray();
        Assert.Equal(first, second);
    }

    [Fact]
    public void Separators_and_case_do_not_change_the_split()
    {
        foreach (string name in Names.Take(200))
        {
            bool expected = HeldOutSplit.IsHeldOut(name);
            Assert.Equal(expected, HeldOutSplit.IsHeldOut(name.Replace('/', '\\')));
            Assert.Equal(expected, HeldOutSplit.IsHeldOut(name.ToUpperInvariant()));
        }
    }

    [Fact]
    public void Both_parts_are_spread_over_the_names()
    {
        // Neither part is a contiguous run: among each hundred names some are held out and most are not.
        for (int start = 0; start < Names.Length; start += 100)
        {
            int held = Names.Skip(start).Take(100).Count(HeldOutSplit.IsHeldOut);
            Assert.InRange(held, 5, 40);
        }
    }
}
