using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests;

/// <summary><c>clean --model FILE</c> uses a model written by train, and refuses a file that is not one.</summary>
public sealed class CleanWithModelTests
{
    [Fact]
    public async Task A_model_trained_on_the_labeled_folder_cleans_a_similar_page()
    {
        using var temp = new TempFolder();
        TrainingData.Write(temp, "labeled");
        CliRun train = await Tool.RunAsync(temp.Root, "train", "--data", "labeled", "--out", "mine.pcmodel", "--seed", "7");
        Assert.True(train.ExitCode == 0, train.ToString());
        GeneratedPage page = TestPages.Article(77);
        temp.WriteText("page.html", page.Content);

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "page.html", "--model", "mine.pcmodel");

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (string paragraph in page.Paragraphs) Assert.Contains(paragraph, run.StdoutText, StringComparison.Ordinal);
        Assert.DoesNotContain("Privacy policy", run.StdoutText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_given_model_is_the_one_used()
    {
        // Trained with the labels swapped, the model keeps the furniture and drops the article: the opposite of the
        // built-in model, so the output shows which model ran.
        using var temp = new TempFolder();
        TrainingData.Write(temp, "inverted", inverted: true);
        CliRun train = await Tool.RunAsync(temp.Root, "train", "--data", "inverted", "--out", "inverted.pcmodel", "--seed", "7");
        Assert.True(train.ExitCode == 0, train.ToString());
        GeneratedPage page = TestPages.Article(78);
        temp.WriteText("page.html", page.Content);

        CliRun builtIn = await Tool.RunAsync(temp.Root, "clean", "page.html");
        CliRun inverted = await Tool.RunAsync(temp.Root, "clean", "page.html", "--model", "inverted.pcmodel");

        Assert.True(builtIn.ExitCode == 0, builtIn.ToString());
        Assert.True(inverted.ExitCode == 0, inverted.ToString());
        Assert.Contains(page.Paragraphs[0], builtIn.StdoutText, StringComparison.Ordinal);
        Assert.DoesNotContain("Privacy policy", builtIn.StdoutText, StringComparison.Ordinal);
        Assert.DoesNotContain(page.Paragraphs[0], inverted.StdoutText, StringComparison.Ordinal);
        Assert.Contains("Privacy policy", inverted.StdoutText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("random")]
    [InlineData("zip-header")]
    [InlineData("text")]
    public async Task A_garbage_model_file_is_one_error_line_and_exit_1(string kind)
    {
        using var temp = new TempFolder();
        temp.WriteBytes("page.html", TestPages.Fixture("article.html"));
        byte[] garbage = kind switch
        {
            "random" => RandomBytes(3000),
            "zip-header" => [(byte)'P', (byte)'K', 3, 4, .. RandomBytes(500)],
            _ => "this is not a model\n"u8.ToArray(),
        };
        temp.WriteBytes("garbage.pcmodel", garbage);

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "page.html", "--model", "garbage.pcmodel");

        Assert.Equal(1, run.ExitCode);
        string line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("pagecleaner: ", line, StringComparison.Ordinal);
        Assert.Contains("garbage.pcmodel", line, StringComparison.Ordinal);
        Assert.Contains("not a PageCleaner model file", line, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
        run.AssertNoStackTrace();
    }

    [Fact]
    public async Task A_missing_model_file_is_one_error_line_and_exit_1()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("page.html", TestPages.Fixture("article.html"));

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "page.html", "--model", "absent.pcmodel");

        Assert.Equal(1, run.ExitCode);
        string line = Assert.Single(run.ErrorLines);
        Assert.Contains("absent.pcmodel", line, StringComparison.Ordinal);
        Assert.Contains("cannot read the model file", line, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(5).NextBytes(bytes);
        return bytes;
    }
}
