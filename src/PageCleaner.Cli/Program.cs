using System.Runtime.InteropServices;
using PageCleaner.Cli;

// Ctrl-C (SIGINT) and SIGTERM cancel the run through our own token, not System.CommandLine's termination handling:
// the commands run their work synchronously inside the invocation, and the library's handler, which races a timeout
// against the command, once let an interrupted clean exit 0 as if it had finished. Cancelled work ends in
// PageCleanerCli's "cancelled" line and exit code 130.
using var cancellation = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
return await PageCleanerCli.RunAsync(args, ConsoleStreams.FromConsole(), cancellation.Token).ConfigureAwait(false);

void Cancel(PosixSignalContext context)
{
    context.Cancel = true; // the run stops at its next check and exits by itself, leaving only whole files
    cancellation.Cancel();
}
