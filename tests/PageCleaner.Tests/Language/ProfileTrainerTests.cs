using System.Text;
using PageCleaner.Language;

namespace PageCleaner.Tests.Language;

/// <summary>Building rank-order profiles: order, determinism, limits, and the embedded profiles being up to date.</summary>
public sealed class ProfileTrainerTests
{
    [Fact]
    public void The_most_frequent_n_grams_come_first_with_ties_in_ordinal_order()
    {
        string text = string.Concat(Enumerable.Repeat("aa ab ", 400));

        LanguageProfileSet set = ProfileTrainer.Train([new LanguageTrainingText("xx", text, "xx.txt")], size: 6);

        // "a" occurs 3 times per pair of words, then " a" 2 times; " aa" ... once each: ordinal order among those.
        LanguageProfile p = Assert.Single(set.Profiles);
        Assert.Equal(UnicodeScript.Latin, p.Script);
        Assert.Equal(["a", " a", " aa", " aa ", " ab", " ab "], p.Ngrams);
    }

    [Fact]
    public void Training_twice_gives_the_same_file()
    {
        var texts = LanguageTextFolder.ReadTraining(RepositoryTexts.TrainFolder, "train");

        string first = ProfileTrainer.Train(texts).ToText();
        string second = ProfileTrainer.Train(Enumerable.Reverse(texts)).ToText();

        Assert.Equal(first, second);
    }

    [Fact]
    public void The_embedded_profiles_are_the_ones_the_training_texts_give()
    {
        var texts = LanguageTextFolder.ReadTraining(RepositoryTexts.TrainFolder, "train");
        string rebuilt = ProfileTrainer.Train(texts).ToText();

        using Stream stream = typeof(NgramLanguageIdentifier).Assembly.GetManifestResourceStream(DefaultProfiles.ResourceName)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // If this fails, run: dotnet run --project src/PageCleaner.Cli -- language-profiles
        Assert.Equal(rebuilt, reader.ReadToEnd());
    }

    [Fact]
    public void A_short_text_is_refused_with_its_name()
    {
        var e = Assert.Throws<LanguageProfileFormatException>(() =>
            ProfileTrainer.Train([new LanguageTrainingText("xx", "far too short", "train/xx.txt")]));

        Assert.StartsWith("train/xx.txt: too little text (11 letters", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_texts_for_one_language_are_refused()
    {
        string text = string.Concat(Enumerable.Repeat("enough letters here ", 100));

        var e = Assert.Throws<LanguageProfileFormatException>(() => ProfileTrainer.Train(
            [new LanguageTrainingText("xx", text, "a/xx.txt"), new LanguageTrainingText("xx", text, "b/xx.txt")]));

        Assert.StartsWith("b/xx.txt: a second text for 'xx'", e.Message, StringComparison.Ordinal);
    }
}
