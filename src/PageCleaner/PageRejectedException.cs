namespace PageCleaner;

/// <summary>A page that cannot be cleaned: empty, binary, or over a limit. The message says which, in one line.</summary>
public sealed class PageRejectedException : PageCleanerException
{
    /// <summary>Creates the exception.</summary>
    public PageRejectedException() { }

    /// <summary>Creates the exception with a one-line reason.</summary>
    public PageRejectedException(string message) : base(message) { }

    /// <summary>Creates the exception with a one-line reason and its cause.</summary>
    public PageRejectedException(string message, Exception innerException) : base(message, innerException) { }
}
