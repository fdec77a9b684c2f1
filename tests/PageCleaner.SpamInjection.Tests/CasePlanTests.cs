using PageCleaner.SpamInjection.Augmentation;
using PageCleaner.SpamInjection.Evaluation;
using PageCleaner.SpamInjection.Injection;

namespace PageCleaner.SpamInjection.Tests;

public sealed class CasePlanTests
{
    [Theory]
    [InlineData(370, 100)]
    [InlineData(7, 3)]
    [InlineData(1000, 1)]
    public void Every_cell_gets_at_least_the_cases_asked_for(int pages, int perCell)
    {
        var plan = new CasePlan(Enum.GetValues<HidingMethod>(), Enum.GetValues<Place>(), pages, perCell);
        var counts = Enumerable.Range(0, pages).SelectMany(plan.For).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(plan.Cells, counts.Count);
        Assert.All(counts.Values, n => Assert.True(n >= perCell));
        Assert.True(counts.Values.Max() - counts.Values.Min() <= 1);
    }

    [Fact]
    public void Stable_seeds_differ_by_name_and_seed_and_repeat()
    {
        Assert.Equal(StableSeed.Of(1, "wcxb/0002#html3"), StableSeed.Of(1, "wcxb/0002#html3"));
        Assert.NotEqual(StableSeed.Of(1, "wcxb/0002#html3"), StableSeed.Of(1, "wcxb/0002#html4"));
        Assert.NotEqual(StableSeed.Of(1, "a"), StableSeed.Of(2, "a"));
    }

    [Fact]
    public void The_spam_label_goes_on_the_outermost_element()
    {
        Assert.Equal("<div data-pc-label=\"spam\" style=\"display:none\"><a>x</a></div>", SpamLabel.Add("<div style=\"display:none\"><a>x</a></div>"));
        Assert.Equal("<marquee data-pc-label=\"spam\">x</marquee>", SpamLabel.Add("<marquee>x</marquee>"));
        Assert.Throws<ArgumentException>(() => SpamLabel.Add("plain text"));
    }
}
