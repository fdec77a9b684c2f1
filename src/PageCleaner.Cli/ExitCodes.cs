namespace PageCleaner.Cli;

/// <summary>Process exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Success = 0;

    /// <summary>Some inputs failed (each was reported on stderr); the others were processed.</summary>
    public const int SomeFailed = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;
}
