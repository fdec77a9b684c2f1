using PageCleaner.Cli.Output;
using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests.Robustness;

/// <summary>
/// A cancelled atomic write leaves the target as it was and no temporary file behind; so does a write that may not
/// replace a file which is already there.
/// </summary>
public sealed class AtomicFileCancellationTests
{
    [Fact]
    public void A_cancelled_write_leaves_no_file()
    {
        using var temp = new TempFolder();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => AtomicFile.Write(temp.PathOf("out/result.txt"), "new"u8, cancellation: cancelled.Token));
        Assert.Empty(Directory.Exists(temp.PathOf("out")) ? temp.FilesUnder("out") : []);
    }

    [Fact]
    public void A_cancelled_write_keeps_the_old_file_whole()
    {
        using var temp = new TempFolder();
        temp.WriteText("out/result.txt", "old result");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => AtomicFile.Write(temp.PathOf("out/result.txt"), "new"u8, cancellation: cancelled.Token));
        Assert.Equal(["result.txt"], temp.FilesUnder("out"));
        Assert.Equal("old result", temp.ReadText("out/result.txt"));
    }

    [Fact]
    public void An_uncancelled_write_replaces_the_file_and_leaves_no_temporary_one()
    {
        using var temp = new TempFolder();
        temp.WriteText("out/result.txt", "old result");
        AtomicFile.Write(temp.PathOf("out/result.txt"), "new"u8, cancellation: CancellationToken.None);
        Assert.Equal(["result.txt"], temp.FilesUnder("out"));
        Assert.Equal("new", temp.ReadText("out/result.txt"));
    }

    [Fact]
    public void A_write_that_may_not_replace_keeps_a_file_that_is_there_and_leaves_no_temporary_one()
    {
        using var temp = new TempFolder();
        temp.WriteText("out/result.txt", "old result");
        Assert.ThrowsAny<IOException>(() => AtomicFile.Write(temp.PathOf("out/result.txt"), "new"u8, replace: false));
        Assert.Equal(["result.txt"], temp.FilesUnder("out"));
        Assert.Equal("old result", temp.ReadText("out/result.txt"));

        AtomicFile.Write(temp.PathOf("out/other.txt"), "new"u8, replace: false);
        Assert.Equal("new", temp.ReadText("out/other.txt"));
    }
}
