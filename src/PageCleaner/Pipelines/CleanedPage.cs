namespace PageCleaner.Pipelines;

/// <summary>What <see cref="StreamingCleaner"/> made of one page: its result, or the reason it could not be cleaned.</summary>
/// <param name="Index">0-based position of the page in the input stream.</param>
/// <param name="Input">The page as it was given.</param>
/// <param name="Result">The cleaned page; null when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why the page could not be cleaned (empty, binary, over a limit), in one line; null on success.</param>
public sealed record CleanedPage(long Index, PageInput Input, CleanResult? Result, string? Error)
{
    /// <summary>Whether the page was cleaned.</summary>
    public bool Succeeded => Result is not null;
}
