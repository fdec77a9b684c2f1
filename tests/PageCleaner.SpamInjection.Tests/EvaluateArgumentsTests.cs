namespace PageCleaner.SpamInjection.Tests;

/// <summary>The options of <c>evaluate</c>.</summary>
public sealed class EvaluateArgumentsTests
{
    [Fact]
    public void Defaults_are_the_validation_split_and_the_cleaners_spam_threshold()
    {
        var a = EvaluateArguments.Parse(["--dev-data", "/data/dev"]);
        Assert.Equal("validation", a.Split);
        Assert.Equal(CleanerOptions.Default.SpamThreshold, a.SpamThreshold);
        Assert.Equal(100, a.CasesPerCell);
    }

    [Fact]
    public void A_spam_threshold_is_read()
    {
        Assert.Equal(0.85f, EvaluateArguments.Parse(["--dev-data", "d", "--spam-threshold", "0.85"]).SpamThreshold);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    [InlineData("high")]
    public void An_impossible_spam_threshold_is_refused_naming_the_option(string value)
    {
        var e = Assert.Throws<ArgumentException>(() => EvaluateArguments.Parse(["--dev-data", "d", "--spam-threshold", value]));
        Assert.Contains("--spam-threshold", e.Message, StringComparison.Ordinal);
    }
}
