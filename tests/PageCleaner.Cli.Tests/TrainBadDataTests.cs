using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests;

/// <summary>train reports bad labeled files and unusable paths in one line each, without a stack trace.</summary>
public sealed class TrainBadDataTests
{
    [Fact]
    public async Task A_labeled_dump_with_a_bad_line_is_reported_with_its_file_and_line()
    {
        using var temp = new TempFolder();
        TrainingData.Write(temp, "labeled");
        temp.WriteText("labeled/text/broken.labeled.txt",
            "# a dump with one unlabeled line\nb|Home\nc|A headline that is fine\n\nthis line has no label prefix\nc|A paragraph after it.\n");

        CliRun run = await Tool.RunAsync(temp.Root, "train", "--data", "labeled", "--out", "model.pcmodel", "--seed", "7");

        Assert.Equal(1, run.ExitCode);
        string problem = Assert.Single(run.ErrorLines, l => l.Contains("broken.labeled.txt", StringComparison.Ordinal));
        // The file is named once, with the line: "pagecleaner: text/broken.labeled.txt:5: ...".
        Assert.StartsWith("pagecleaner: text/broken.labeled.txt:5: ", problem, StringComparison.Ordinal);
        Assert.Contains("c|, b|, s| or ?|", problem, StringComparison.Ordinal);
        // The other files were still trained on, as with clean's inputs.
        Assert.True(File.Exists(temp.PathOf("model.pcmodel")));
        run.AssertNoStackTrace();
    }

    [Fact]
    public async Task Training_data_without_content_is_one_error_line_not_a_LightGBM_crash()
    {
        using var temp = new TempFolder();
        temp.WriteText("only-furniture/a.labeled.txt", "b|Home\nb|About us\nb|Contact\n");
        temp.WriteText("only-furniture/b.labeled.txt", "b|Sign in\nb|Privacy policy\n");

        CliRun run = await Tool.RunAsync(temp.Root, "train", "--data", "only-furniture", "--out", "model.pcmodel", "--no-hold-out");

        Assert.Equal(1, run.ExitCode);
        string line = Assert.Single(run.ErrorLines, l => !l.StartsWith("pagecleaner: reading", StringComparison.Ordinal) && !l.Contains(" pages", StringComparison.Ordinal));
        Assert.Equal("pagecleaner: the training data needs both content and boilerplate blocks; it has 0 content, 5 boilerplate and 0 spam blocks", line);
        Assert.False(File.Exists(temp.PathOf("model.pcmodel")));
        run.AssertNoStackTrace();
    }

    [Fact]
    public async Task Content_on_too_few_pages_for_the_folds_is_one_error_line()
    {
        // Four pages, content on the first only: the first stage's fold that leaves that page out has boilerplate alone.
        using var temp = new TempFolder();
        temp.WriteText("few/a.labeled.txt", "b|Home\nc|The harbour ferry returns to its winter timetable on Monday, with two crossings fewer each day.\n");
        temp.WriteText("few/b.labeled.txt", "b|Sign in\nb|Privacy policy\n");
        temp.WriteText("few/c.labeled.txt", "b|Weather\nb|Tides\n");
        temp.WriteText("few/d.labeled.txt", "b|Archive\nb|Newsletter\n");

        CliRun run = await Tool.RunAsync(temp.Root, "train", "--data", "few", "--out", "model.pcmodel", "--no-hold-out");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("pagecleaner: too few labeled pages", StringComparison.Ordinal));
        Assert.False(File.Exists(temp.PathOf("model.pcmodel")));
        run.AssertNoStackTrace();
    }

    [Fact]
    public async Task A_missing_data_folder_is_one_error_line()
    {
        using var temp = new TempFolder();

        CliRun run = await Tool.RunAsync(temp.Root, "train", "--data", "nowhere", "--out", "model.pcmodel");

        Assert.Equal(1, run.ExitCode);
        string line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("pagecleaner: ", line, StringComparison.Ordinal);
        Assert.Contains("nowhere", line, StringComparison.Ordinal);
        Assert.Contains("no such file or folder", line, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.PathOf("model.pcmodel")));
    }

    [Fact]
    public async Task A_folder_without_labeled_pages_is_one_error_line()
    {
        using var temp = new TempFolder();
        temp.WriteText("empty/readme.md", "nothing labeled here\n");

        CliRun run = await Tool.RunAsync(temp.Root, "train", "--data", "empty", "--out", "model.pcmodel");

        Assert.Equal(1, run.ExitCode);
        string line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("pagecleaner: no labeled samples", line, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.PathOf("model.pcmodel")));
    }

    [Fact]
    public async Task An_unwritable_model_path_is_one_error_line_not_a_crash()
    {
        using var temp = new TempFolder();
        TrainingData.Write(temp, "labeled");
        temp.WriteText("blocker", "a file where a folder would be needed\n");

        CliRun run = await Tool.RunAsync(temp.Root, "train", "--data", "labeled", "--out", "blocker/model.pcmodel", "--seed", "7");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("pagecleaner: ", run.ErrorLines[^1], StringComparison.Ordinal);
        Assert.Contains("blocker", run.ErrorLines[^1], StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
        run.AssertNoStackTrace();
    }
}
