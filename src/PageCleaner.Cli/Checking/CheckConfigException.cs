namespace PageCleaner.Cli.Checking;

/// <summary>A config file that cannot be used; the message is one line naming the file and the problem.</summary>
internal sealed class CheckConfigException : Exception
{
    public CheckConfigException() { }

    public CheckConfigException(string message) : base(message) { }

    public CheckConfigException(string message, Exception innerException) : base(message, innerException) { }
}
