namespace PageCleaner;

/// <summary>Base of the exceptions PageCleaner throws on purpose; the message is one line meant for a person.</summary>
public class PageCleanerException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PageCleanerException() { }

    /// <summary>Creates the exception with a one-line message.</summary>
    public PageCleanerException(string message) : base(message) { }

    /// <summary>Creates the exception with a one-line message and its cause.</summary>
    public PageCleanerException(string message, Exception innerException) : base(message, innerException) { }
}
