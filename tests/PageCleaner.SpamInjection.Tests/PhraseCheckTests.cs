using PageCleaner.SpamInjection.Evaluation;

namespace PageCleaner.SpamInjection.Tests;

/// <summary>The removal decision on crafted clean texts.</summary>
public sealed class PhraseCheckTests
{
    private static readonly string[] Phrases = ["claim your jackpot spins", "百家乐必赢技巧稳赚不赔", "fixed match tips"];

    [Fact]
    public void A_phrase_is_found_whatever_the_whitespace_around_and_inside_it()
    {
        Assert.Equal(["claim your jackpot spins"], PhraseCheck.Remaining("Article text.\n\nclaim  your\njackpot\tspins now", Phrases));
        Assert.False(PhraseCheck.IsRemoved("x 百家乐必赢技巧稳赚不赔 y", Phrases));
    }

    [Fact]
    public void A_block_counts_removed_only_when_no_phrase_is_left()
    {
        Assert.True(PhraseCheck.IsRemoved("The pier will be rebuilt.\n\nEngineers said so.", Phrases));
        Assert.False(PhraseCheck.IsRemoved("The pier will be rebuilt. fixed match tips", Phrases));
        // Part of a phrase is not the phrase.
        Assert.True(PhraseCheck.IsRemoved("claim your jackpot", Phrases));
        Assert.True(PhraseCheck.IsRemoved("Fixed Match Tips", Phrases));
    }

    [Fact]
    public void Phrases_the_untouched_page_already_carries_are_not_looked_for()
    {
        var checkable = PhraseCheck.Checkable("Our sports desk never sells fixed match tips.", Phrases);
        Assert.Equal(["claim your jackpot spins", "百家乐必赢技巧稳赚不赔"], checkable);
        Assert.True(PhraseCheck.IsRemoved("Our sports desk never sells fixed match tips.", checkable));
    }

    [Fact]
    public void Normalising_collapses_runs_and_trims()
    {
        Assert.Equal("a b c", PhraseCheck.Normalize("  a \n\n b\u3000c  "));
    }
}
