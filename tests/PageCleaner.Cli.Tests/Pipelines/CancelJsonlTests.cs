using System.Globalization;
using System.Text;
using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests.Pipelines;

/// <summary>Cancelling <c>clean --jsonl</c> (Ctrl+C): it stops, and leaves no partial file or partial line.</summary>
public sealed class CancelJsonlTests
{
    /// <summary>Standard input that cancels the run once some of it has been read.</summary>
    private sealed class CancellingInput(byte[] bytes, int cancelAfter, CancellationTokenSource cts) : MemoryStream(bytes, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            if (Position >= cancelAfter) cts.Cancel();
            return base.Read(buffer, offset, Math.Min(count, 4096));
        }

        public override int Read(Span<byte> buffer)
        {
            byte[] chunk = new byte[Math.Min(buffer.Length, 4096)];
            int n = Read(chunk, 0, chunk.Length);
            chunk.AsSpan(0, n).CopyTo(buffer);
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));
    }

    private static async Task<CliRun> RunCancelled(string root, byte[] stdin, int cancelAfter, params string[] args)
    {
        using var cts = new CancellationTokenSource();
        using var input = new CancellingInput(stdin, cancelAfter, cts);
        using var output = new MemoryStream();
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var io = new ConsoleStreams(input, output, error, ErrorIsTerminal: false, root);
        int code = await PageCleanerCli.RunAsync(args, io, cts.Token);
        return new CliRun(code, output.ToArray(), error.ToString());
    }

    [Fact]
    public async Task Cancelled_to_standard_output_it_exits_130_with_whole_lines_only()
    {
        using var temp = new TempFolder();
        byte[] stdin = Encoding.UTF8.GetBytes(Records.Shard(0, 300));

        CliRun run = await RunCancelled(temp.Root, stdin, stdin.Length / 3, "clean", "--jsonl", "--threads", "2");

        Assert.Equal(130, run.ExitCode);
        Assert.Contains("pagecleaner: cancelled", run.Stderr, StringComparison.Ordinal);
        Assert.True(run.Stdout.Length == 0 || run.Stdout[^1] == (byte)'\n');
        Assert.InRange(Records.Parse(run.StdoutText).Count, 0, 299);
        run.AssertNoStackTrace();
    }

    [Fact]
    public async Task Cancelled_into_an_output_folder_it_leaves_neither_the_file_nor_a_temporary_file()
    {
        using var temp = new TempFolder();
        byte[] stdin = Encoding.UTF8.GetBytes(Records.Shard(0, 300));

        CliRun run = await RunCancelled(temp.Root, stdin, stdin.Length / 3, "clean", "--jsonl", "-o", "out");

        Assert.Equal(130, run.ExitCode);
        Assert.True(!Directory.Exists(temp.PathOf("out")) || temp.FilesUnder("out").Count == 0, string.Join(", ", Directory.Exists(temp.PathOf("out")) ? temp.FilesUnder("out") : []));
    }
}
