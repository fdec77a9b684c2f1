namespace PageCleaner.Language;

/// <summary>A language profile file that cannot be read: wrong header, bad line, unknown script.</summary>
public sealed class LanguageProfileFormatException : PageCleanerException
{
    /// <summary>Creates the exception.</summary>
    public LanguageProfileFormatException() { }

    /// <summary>Creates the exception with a one-line reason.</summary>
    public LanguageProfileFormatException(string message) : base(message) { }

    /// <summary>Creates the exception with a one-line reason and its cause.</summary>
    public LanguageProfileFormatException(string message, Exception innerException) : base(message, innerException) { }
}
