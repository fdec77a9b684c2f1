namespace PageCleaner.Learning.Persistence;

/// <summary>A model file that cannot be used: unreadable, of another format version, or trained on another feature schema.</summary>
public sealed class ModelFormatException : PageCleanerException
{
    /// <summary>Creates the exception.</summary>
    public ModelFormatException() { }

    /// <summary>Creates the exception with a one-line reason.</summary>
    public ModelFormatException(string message) : base(message) { }

    /// <summary>Creates the exception with a one-line reason and its cause.</summary>
    public ModelFormatException(string message, Exception innerException) : base(message, innerException) { }
}
