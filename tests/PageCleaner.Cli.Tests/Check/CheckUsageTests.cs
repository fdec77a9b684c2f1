using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests.Check;

/// <summary>Wrong command lines for <c>check</c> exit 2 and change nothing.</summary>
public sealed class CheckUsageTests
{
    [Theory]
    [InlineData("--bogus", "--bogus", "dump.txt")]
    [InlineData("everything", "--fail-on", "everything", "dump.txt")]
    [InlineData("--min-score", "--min-score", "1.5", "dump.txt")]
    [InlineData("--min-score", "--min-score", "-0.1", "dump.txt")]
    [InlineData("high", "--min-score", "high", "dump.txt")]
    [InlineData("--config", "dump.txt", "--config")]
    public async Task Exits_2_with_a_message_naming_the_problem(string named, params string[] args)
    {
        using var repo = new CheckRepo();
        string dump = CheckPages.Dump(spam: true);
        repo.Write("dump.txt", dump);

        CliRun run = await repo.CheckAsync(args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("pagecleaner: ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains(named, run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
        Assert.Equal(dump, repo.Read("dump.txt"));
        run.AssertNoStackTrace();
    }

    [Fact]
    public async Task Help_lists_the_options()
    {
        using var repo = new CheckRepo();

        CliRun run = await repo.CheckAsync("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (string option in new[] { "--fail-on", "--min-score", "--config", "--fix" })
            Assert.Contains(option, run.StdoutText, StringComparison.Ordinal);
    }
}
