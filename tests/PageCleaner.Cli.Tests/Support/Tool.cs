using System.Globalization;

namespace PageCleaner.Cli.Tests.Support;

/// <summary>Runs <c>pagecleaner</c> in-process with memory streams and a given working directory.</summary>
internal static class Tool
{
    public static Task<CliRun> RunAsync(string workingDirectory, params string[] args) => RunWithStdinAsync(workingDirectory, [], args);

    public static async Task<CliRun> RunWithStdinAsync(string workingDirectory, byte[] stdin, params string[] args)
    {
        using var input = new MemoryStream(stdin, writable: false);
        using var output = new MemoryStream();
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var io = new ConsoleStreams(input, output, error, ErrorIsTerminal: false, workingDirectory);
        int exitCode = await PageCleanerCli.RunAsync(args, io, CancellationToken.None).ConfigureAwait(false);
        return new CliRun(exitCode, output.ToArray(), error.ToString());
    }
}
