using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests;

/// <summary><c>language-profiles</c>: rebuilds the profile file from texts, the same bytes every time; bad input is one line.</summary>
public sealed class LanguageProfilesCommandTests
{
    // Two small "languages" with enough letters (1,000 are needed); made up for the test.
    private static readonly string Xa = string.Concat(Enumerable.Repeat("lorem ipsa dolor sitam amet consecta adipisci elitum sedo ", 25));
    private static readonly string Xb = string.Concat(Enumerable.Repeat("kwa taru mbeli shoko ndari vuko pemba tanu lesi ", 30));

    private static void WriteTwoLanguages(TempFolder temp, string folder)
    {
        temp.WriteText(folder + "/xa.txt", Xa);
        temp.WriteText(folder + "/xb.txt", Xb);
    }

    [Fact]
    public async Task Profiles_are_written_and_the_same_texts_give_the_same_bytes()
    {
        using var temp = new TempFolder();
        temp.WriteText("texts/xa.txt", "# a comment line\n" + Xa);
        temp.WriteText("texts/xb.txt", Xb);

        CliRun first = await Tool.RunAsync(temp.Root, "language-profiles", "--texts", "texts", "--out", "one.pclang");
        CliRun second = await Tool.RunAsync(temp.Root, "language-profiles", "--texts", "texts", "--out", "two.pclang");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(0, second.ExitCode);
        byte[] bytes = temp.ReadBytes("one.pclang");
        Assert.Equal(bytes, temp.ReadBytes("two.pclang"));
        string text = temp.ReadText("one.pclang");
        Assert.Contains("\npclang 1 n=1-5 size=400\n", text, StringComparison.Ordinal);
        Assert.Contains("\nxa Latin ", text, StringComparison.Ordinal);
        Assert.Contains("\nxb Latin ", text, StringComparison.Ordinal);
        Assert.Contains("pagecleaner: wrote one.pclang (2 languages", first.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(temp.FilesUnder(), f => f.EndsWith(".pctmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_repository_texts_rebuild_the_embedded_profiles_exactly()
    {
        using var temp = new TempFolder();
        string root = RepositoryRoot();

        CliRun run = await Tool.RunAsync(temp.Root, "language-profiles",
            "--texts", Path.Combine(root, "tools", "language-texts", "train"), "--out", "rebuilt.pclang");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(File.ReadAllBytes(Path.Combine(root, "src", "PageCleaner", "Language", "Profiles", "languages.pclang")), temp.ReadBytes("rebuilt.pclang"));
    }

    [Fact]
    public async Task With_test_texts_the_accuracy_is_printed()
    {
        using var temp = new TempFolder();
        WriteTwoLanguages(temp, "train");
        temp.WriteText("test/xa.txt", "dolor sitam amet lorem ipsa adipisci\n\nconsecta elitum sedo dolor amet ipsa");
        temp.WriteText("test/xb.txt", "mbeli shoko ndari tanu lesi vuko kwa taru\n");

        CliRun run = await Tool.RunAsync(temp.Root, "language-profiles", "--texts", "train", "--out", "p.pclang", "--test", "test");

        Assert.True(run.ExitCode == 0, run.ToString());
        string[] lines = run.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("language  texts  correct  accuracy", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("xa            2        2   100.0 %", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("xb            1        1   100.0 %", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("overall       3        3   100.0 %", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_existing_profiles_file_is_replaced_only_with_overwrite()
    {
        using var temp = new TempFolder();
        WriteTwoLanguages(temp, "texts");
        temp.WriteText("p.pclang", "old profiles\n");

        CliRun kept = await Tool.RunAsync(temp.Root, "language-profiles", "--texts", "texts", "--out", "p.pclang");

        Assert.Equal(1, kept.ExitCode);
        Assert.Equal("pagecleaner: p.pclang: already exists; pass --overwrite to replace it", Assert.Single(kept.ErrorLines));
        Assert.Equal("old profiles\n", temp.ReadText("p.pclang"));

        CliRun replaced = await Tool.RunAsync(temp.Root, "language-profiles", "--texts", "texts", "--out", "p.pclang", "--overwrite");

        Assert.True(replaced.ExitCode == 0, replaced.ToString());
        Assert.Contains("\npclang 1 n=1-5 size=400\n", temp.ReadText("p.pclang"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_folder_is_one_error_line()
    {
        using var temp = new TempFolder();

        CliRun run = await Tool.RunAsync(temp.Root, "language-profiles", "--texts", "nowhere", "--out", "p.pclang");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("pagecleaner: nowhere: no such folder", Assert.Single(run.ErrorLines));
        Assert.False(File.Exists(temp.PathOf("p.pclang")));
        run.AssertNoStackTrace();
    }

    [Fact]
    public async Task A_folder_without_texts_is_one_error_line()
    {
        using var temp = new TempFolder();
        temp.WriteText("texts/readme.md", "no texts here\n");

        CliRun run = await Tool.RunAsync(temp.Root, "language-profiles", "--texts", "texts", "--out", "p.pclang");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("pagecleaner: texts: no texts", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(temp.PathOf("p.pclang")));
    }

    [Theory]
    [InlineData("English.txt", "the file name is not a language code")]
    [InlineData("xx.txt", "too little text")]
    public async Task A_bad_text_file_is_one_error_line_naming_it(string name, string problem)
    {
        using var temp = new TempFolder();
        temp.WriteText("texts/xa.txt", Xa);
        temp.WriteText("texts/" + name, "short\n");

        CliRun run = await Tool.RunAsync(temp.Root, "language-profiles", "--texts", "texts", "--out", "p.pclang");

        Assert.Equal(1, run.ExitCode);
        string line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"pagecleaner: {Path.Combine("texts", name)}: ", line, StringComparison.Ordinal);
        Assert.Contains(problem, line, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.PathOf("p.pclang")));
        run.AssertNoStackTrace();
    }

    [Fact]
    public async Task Invalid_UTF8_is_one_error_line()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("texts/xa.txt", [0x61, 0xFF, 0xFE, 0x62]);

        CliRun run = await Tool.RunAsync(temp.Root, "language-profiles", "--texts", "texts", "--out", "p.pclang");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"pagecleaner: {Path.Combine("texts", "xa.txt")}: not UTF-8 text", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task The_output_may_not_replace_a_training_text()
    {
        using var temp = new TempFolder();
        temp.WriteText("texts/xa.txt", Xa);

        CliRun run = await Tool.RunAsync(temp.Root, "language-profiles", "--texts", "texts", "--out", "texts/xa.txt");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("would overwrite a training text", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(Xa, temp.ReadText("texts/xa.txt"));
    }

    [Fact]
    public async Task A_size_out_of_range_is_a_usage_error()
    {
        using var temp = new TempFolder();

        CliRun run = await Tool.RunAsync(temp.Root, "language-profiles", "--texts", "texts", "--size", "3");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--size 3", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "PageCleaner.sln"))) dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("PageCleaner.sln not found");
    }
}
