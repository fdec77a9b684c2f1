using PageCleaner.Markup;

namespace PageCleaner.Tests.Markup;

/// <summary>Names come out in lower case, known ones as one shared string.</summary>
public sealed class MarkupNamesTests
{
    [Theory]
    [InlineData("div")]
    [InlineData("DIV")]
    [InlineData("Class")]
    [InlineData("data-Track-ID")]
    [InlineData("ÜBER")]
    [InlineData("İmg")]
    [InlineData("x-ΣΙΓΜΑ")]
    public void Names_are_lowered_as_the_invariant_culture_lowers_them(string name)
    {
        Assert.Equal(name.ToLowerInvariant(), MarkupNames.Lower(name));
    }

    [Fact]
    public void Known_names_are_shared_whatever_their_case()
    {
        Assert.Same(MarkupNames.Lower("div"), MarkupNames.Lower("DiV"));
        Assert.Same(MarkupNames.Lower("crossorigin"), MarkupNames.Lower("CrossOrigin"));
        Assert.NotSame(MarkupNames.Lower("data-x"), MarkupNames.Lower("data-x"));
        // The very instances of the literals: attributes are found by reference.
        Assert.Same("class", MarkupNames.Lower("CLASS"));
        Assert.Same("href", MarkupNames.Lower("href"));
    }

    [Fact]
    public void Long_names_are_lowered_too()
    {
        string name = "Data-" + new string('Q', 40);
        Assert.Equal(name.ToLowerInvariant(), MarkupNames.Lower(name));
    }
}
