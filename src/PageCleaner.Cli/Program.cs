using System.Runtime.InteropServices;
using PageCleaner.Cli;

// Ctrl-C (SIGINT) and SIGTERM cancel the run through our own token, not System.CommandLine's termination handling,
// which gives up on the command after a 2 s timeout and returns while it may still be writing: here the run always
// stops at its next check, leaves only whole files, and ends in PageCleanerCli's "cancelled" line and exit code 130.
// (A process started in the background of a non-interactive shell inherits SIGINT ignored and never sees it.)
using var cancellation = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
return await PageCleanerCli.RunAsync(args, ConsoleStreams.FromConsole(), cancellation.Token).ConfigureAwait(false);

void Cancel(PosixSignalContext context)
{
    context.Cancel = true; // the run stops at its next check and exits by itself, leaving only whole files
    cancellation.Cancel();
}
