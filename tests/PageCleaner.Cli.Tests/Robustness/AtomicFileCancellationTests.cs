using PageCleaner.Cli.Output;
using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests.Robustness;

/// <summary>A cancelled atomic write leaves the target as it was and no temporary file behind.</summary>
public sealed class AtomicFileCancellationTests
{
    [Fact]
    public void A_cancelled_write_leaves_no_file()
    {
        using var temp = new TempFolder();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => AtomicFile.Write(temp.PathOf("out/result.txt"), "new"u8, cancelled.Token));
        Assert.Empty(Directory.Exists(temp.PathOf("out")) ? temp.FilesUnder("out") : []);
    }

    [Fact]
    public void A_cancelled_write_keeps_the_old_file_whole()
    {
        using var temp = new TempFolder();
        temp.WriteText("out/result.txt", "old result");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => AtomicFile.Write(temp.PathOf("out/result.txt"), "new"u8, cancelled.Token));
        Assert.Equal(["result.txt"], temp.FilesUnder("out"));
        Assert.Equal("old result", temp.ReadText("out/result.txt"));
    }

    [Fact]
    public void An_uncancelled_write_replaces_the_file_and_leaves_no_temporary_one()
    {
        using var temp = new TempFolder();
        temp.WriteText("out/result.txt", "old result");
        AtomicFile.Write(temp.PathOf("out/result.txt"), "new"u8, CancellationToken.None);
        Assert.Equal(["result.txt"], temp.FilesUnder("out"));
        Assert.Equal("new", temp.ReadText("out/result.txt"));
    }
}
