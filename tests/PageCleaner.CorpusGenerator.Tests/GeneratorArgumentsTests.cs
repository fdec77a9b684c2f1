namespace PageCleaner.CorpusGenerator.Tests;

/// <summary>The generator's command line.</summary>
public sealed class GeneratorArgumentsTests
{
    [Fact]
    public void Defaults_follow_the_output_folder()
    {
        GeneratorArguments a = GeneratorArguments.Parse(["--out", "training-data/generated"]);

        Assert.Equal((1L, 330, 120, "generated/", false), (a.Seed, a.Pages, a.Dumps, a.SplitPrefix, a.Overwrite));
        Assert.Equal(Path.Combine("training-data", "parts"), a.Parts);
    }

    [Fact]
    public void Options_are_read()
    {
        GeneratorArguments a = GeneratorArguments.Parse(["--out", "x", "--seed", "9", "--pages", "5", "--dumps", "0", "--parts", "p", "--split-prefix", "data/x", "--overwrite"]);

        Assert.Equal((9L, 5, 0, "p", "data/x/", true), (a.Seed, a.Pages, a.Dumps, a.Parts, a.SplitPrefix, a.Overwrite));
    }

    [Theory]
    [InlineData(new string[0], "--out DIR is required")]
    [InlineData(new[] { "--out" }, "--out needs a value")]
    [InlineData(new[] { "--out", "x", "--pages", "many" }, "--pages: 'many' is not a valid number")]
    [InlineData(new[] { "--out", "x", "--dumps", "-1" }, "--dumps: '-1' is not a valid number")]
    [InlineData(new[] { "--out", "x", "--colour" }, "unknown argument '--colour'")]
    public void Usage_errors_are_one_line(string[] args, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => GeneratorArguments.Parse(args));
        Assert.Equal(message, e.Message);
    }
}
