using PageCleaner.Cli;

return await PageCleanerCli.RunAsync(args, ConsoleStreams.FromConsole(), CancellationToken.None).ConfigureAwait(false);
