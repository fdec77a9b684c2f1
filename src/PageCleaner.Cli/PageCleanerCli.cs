using System.CommandLine;
using PageCleaner.Cli.Commands;

namespace PageCleaner.Cli;

/// <summary>The <c>pagecleaner</c> command line: builds the commands and turns parse errors into exit code 2.</summary>
internal static class PageCleanerCli
{
    public static async Task<int> RunAsync(string[] args, ConsoleStreams io, CancellationToken cancellation)
    {
        var root = new RootCommand("PageCleaner: article text out of scraped web pages; boilerplate and injected spam removed by a trained classifier.")
        {
            CleanCommand.Create(io),
            TrainCommand.Create(io),
            EvalCommand.Create(io),
            LabelCommand.Create(io),
            FeaturesCommand.Create(io),
            CheckCommand.Create(io),
            BenchCommand.Create(io),
            DumpCommand.Create(io),
            LanguageProfilesCommand.Create(io),
        };
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) await io.Error.WriteLineAsync("pagecleaner: " + error.Message).ConfigureAwait(false);
            await io.Error.WriteLineAsync("Run 'pagecleaner --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        using var outWriter = new StreamWriter(io.Output, leaveOpen: true) { AutoFlush = true };
        // Termination signals are the caller's to turn into the token (Program.cs); the library's own handling stays off.
        var configuration = new InvocationConfiguration { Output = outWriter, Error = io.Error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
        try
        {
            return await parsed.InvokeAsync(configuration, cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await io.Error.WriteLineAsync("pagecleaner: cancelled").ConfigureAwait(false);
            return 130;
        }
        catch (PageCleanerException e)
        {
            await io.Error.WriteLineAsync("pagecleaner: " + e.Message).ConfigureAwait(false);
            return ExitCodes.SomeFailed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Fix: a file that cannot be written outside the per-page loop (train --out in a folder that cannot be
            // created) escaped as an unhandled exception with a stack trace; it is one line and exit 1 like the others.
            await io.Error.WriteLineAsync("pagecleaner: " + e.Message).ConfigureAwait(false);
            return ExitCodes.SomeFailed;
        }
    }
}
