namespace PageCleaner.CorpusGenerator.Parts;

/// <summary>A part file that cannot be used; the message names the file (and line) and the problem.</summary>
internal sealed class PartsException : Exception
{
    public PartsException(string message) : base(message)
    {
    }

    public PartsException()
    {
    }

    public PartsException(string message, Exception inner) : base(message, inner)
    {
    }
}
