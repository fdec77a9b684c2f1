using System.Text.RegularExpressions;
using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests;

/// <summary><c>train --data DIR --out FILE --seed N</c> on a small labeled folder.</summary>
public sealed partial class TrainCommandTests
{
    [GeneratedRegex(@"^held-out blocks \((\d+) pages\):$")]
    private static partial Regex HeldOutLine();

    [GeneratedRegex(@"^(content|boilerplate|spam) +([01]\.\d{3}) +([01]\.\d{3}) +([01]\.\d{3}) +(\d+)$")]
    private static partial Regex ScoreRow();

    [Fact]
    public async Task Writes_the_model_and_prints_a_precision_recall_table_per_label()
    {
        using var temp = new TempFolder();
        TrainingData.Write(temp, "labeled");

        CliRun run = await Tool.RunAsync(temp.Root, "train", "--data", "labeled", "--out", "models/mine.pcmodel", "--seed", "7");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(new FileInfo(temp.PathOf("models/mine.pcmodel")).Length > 0);
        Assert.DoesNotContain(temp.FilesUnder(), f => f.EndsWith(".pctmp", StringComparison.Ordinal));
        string[] report = run.StdoutText.TrimEnd('\n').Split("\n\n");
        Assert.Equal(2, report.Length);
        var lines = report[0].Split('\n');
        Assert.Equal(5, lines.Length);
        // Then the features the second stage leans on most, by share of its split gain, largest first.
        var top = report[1].Split('\n');
        Assert.Equal("top features (share of the second stage's split gain):", top[0]);
        var shares = top[1..].Select(l => double.Parse(l.Trim().Split("  ")[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(shares);
        Assert.Equal(shares.OrderByDescending(x => x), shares);
        Match heldOut = HeldOutLine().Match(lines[0]);
        Assert.True(heldOut.Success, lines[0]);
        int heldOutPages = int.Parse(heldOut.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(heldOutPages, 1, TrainingData.HtmlPages + TrainingData.Dumps - 1);
        Assert.Equal("label        precision  recall     f1  blocks", lines[1]);
        var rows = lines[2..].Select(l => ScoreRow().Match(l)).ToList();
        Assert.All(rows, m => Assert.True(m.Success));
        Assert.Equal(["content", "boilerplate", "spam"], rows.Select(m => m.Groups[1].Value));
        // The held-out pages have article paragraphs and furniture, so both labels have support there.
        Assert.True(int.Parse(rows[0].Groups[5].Value, System.Globalization.CultureInfo.InvariantCulture) > 0, lines[2]);
        Assert.True(int.Parse(rows[1].Groups[5].Value, System.Globalization.CultureInfo.InvariantCulture) > 0, lines[3]);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("pagecleaner: wrote ", StringComparison.Ordinal) && l.Contains("mine.pcmodel", StringComparison.Ordinal));
        run.AssertNoStackTrace();
    }

    [Fact]
    public async Task No_hold_out_trains_on_every_file_and_scores_only_the_validate_pages()
    {
        using var temp = new TempFolder();
        TrainingData.Write(temp, "labeled");
        TrainingData.Write(temp, "checked");

        CliRun held = await Tool.RunAsync(temp.Root, "train", "--data", "labeled", "--out", "held.pcmodel", "--seed", "7");
        CliRun all = await Tool.RunAsync(temp.Root, "train", "--data", "labeled", "--no-hold-out", "--validate", "checked", "--out", "all.pcmodel", "--seed", "7");
        CliRun none = await Tool.RunAsync(temp.Root, "train", "--data", "labeled", "--no-hold-out", "--out", "none.pcmodel", "--seed", "7");

        Assert.True(all.ExitCode == 0, all.ToString());
        Assert.True(none.ExitCode == 0, none.ToString());
        int samples = TrainingData.HtmlPages + TrainingData.Dumps;
        Assert.Contains($"pagecleaner: {samples} training pages, {samples} held-out pages", all.ErrorLines);
        Assert.Contains($"pagecleaner: {samples} training pages, 0 held-out pages", none.ErrorLines);
        Assert.DoesNotContain(held.ErrorLines, l => l.StartsWith($"pagecleaner: {samples} training pages", StringComparison.Ordinal));
        Assert.Equal($"held-out blocks ({samples} pages):", all.StdoutText.Split('\n')[0]);
        Assert.StartsWith("held-out blocks: none", none.StdoutText, StringComparison.Ordinal);
        Assert.NotEqual(temp.ReadBytes("held.pcmodel"), temp.ReadBytes("none.pcmodel"));
    }

    [Fact]
    public async Task The_same_data_and_seed_give_a_byte_identical_model_file()
    {
        using var temp = new TempFolder();
        TrainingData.Write(temp, "labeled");

        CliRun first = await Tool.RunAsync(temp.Root, "train", "--data", "labeled", "--out", "first.pcmodel", "--seed", "7");
        CliRun second = await Tool.RunAsync(temp.Root, "train", "--data", "labeled", "--out", "second.pcmodel", "--seed", "7");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(temp.ReadBytes("first.pcmodel"), temp.ReadBytes("second.pcmodel"));
        Assert.Equal(first.Stdout, second.Stdout);
    }

    [Fact]
    public async Task An_existing_model_file_is_kept_and_training_does_not_start_without_overwrite()
    {
        using var temp = new TempFolder();
        TrainingData.Write(temp, "labeled");
        temp.WriteText("model.pcmodel", "old model\n");

        CliRun run = await Tool.RunAsync(temp.Root, "train", "--data", "labeled", "--out", "model.pcmodel", "--seed", "7");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("pagecleaner: model.pcmodel: already exists; pass --overwrite to replace it", Assert.Single(run.ErrorLines));
        Assert.Equal("old model\n", temp.ReadText("model.pcmodel"));
        Assert.Empty(run.Stdout);
        Assert.DoesNotContain(temp.FilesUnder(), f => f.EndsWith(".pctmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Overwrite_replaces_an_existing_model_file()
    {
        using var temp = new TempFolder();
        TrainingData.Write(temp, "labeled");
        temp.WriteText("model.pcmodel", "old model\n");

        CliRun run = await Tool.RunAsync(temp.Root, "train", "--data", "labeled", "--out", "model.pcmodel", "--overwrite", "--seed", "7");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.NotEqual("old model\n", temp.ReadText("model.pcmodel"));
        Assert.Equal([(byte)'P', (byte)'K'], temp.ReadBytes("model.pcmodel")[..2]); // a zip
    }

    [Fact]
    public async Task Tree_settings_given_on_the_command_line_are_used_and_recorded_in_the_model()
    {
        using var temp = new TempFolder();
        TrainingData.Write(temp, "labeled");

        CliRun run = await Tool.RunAsync(temp.Root, "train", "--data", "labeled", "--out", "small.pcmodel",
            "--iterations", "7", "--leaves", "5", "--min-leaf", "3", "--learning-rate", "0.3", "--feature-fraction", "0.5");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(temp.ReadBytes("small.pcmodel")));
        using var reader = new StreamReader(zip.GetEntry("metadata.json")!.Open());
        string metadata = reader.ReadToEnd();
        Assert.Contains("7 iterations, 5 leaves, min 3 per leaf, learning rate 0.3, feature fraction 0.5", metadata, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--iterations", "0")]
    [InlineData("--leaves", "1")]
    [InlineData("--min-leaf", "0")]
    [InlineData("--learning-rate", "0")]
    [InlineData("--learning-rate", "1.5")]
    [InlineData("--feature-fraction", "0")]
    [InlineData("--feature-fraction", "1.2")]
    [InlineData("--leaves", "many")]
    public async Task Impossible_tree_settings_are_usage_errors(string option, string value)
    {
        using var temp = new TempFolder();
        CliRun run = await Tool.RunAsync(temp.Root, "train", "--data", "labeled", "--out", "x.pcmodel", option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, run.Stderr, StringComparison.Ordinal);
        run.AssertNoStackTrace();
        Assert.False(File.Exists(temp.PathOf("x.pcmodel")));
    }
}
