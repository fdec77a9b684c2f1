namespace PageCleaner.Cli;

/// <summary>The streams a command talks to; the console in production, memory in tests.</summary>
internal sealed record ConsoleStreams(Stream Input, Stream Output, TextWriter Error, bool ErrorIsTerminal, string WorkingDirectory)
{
    public static ConsoleStreams FromConsole() => new(
        Console.OpenStandardInput(),
        Console.OpenStandardOutput(),
        Console.Error,
        !Console.IsErrorRedirected,
        Environment.CurrentDirectory);

    /// <summary>Resolves a path given on the command line against the working directory.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);
}
