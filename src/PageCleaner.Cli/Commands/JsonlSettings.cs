namespace PageCleaner.Cli.Commands;

/// <summary>Everything <c>pagecleaner clean --jsonl</c> was asked to do.</summary>
internal sealed record JsonlSettings(
    IReadOnlyList<string> Inputs,
    string? OutputDirectory,
    int Threads,
    string? ModelPath,
    bool Overwrite,
    double MaxPageMegabytes,
    double MaxSecondsPerPage,
    string HtmlField = "html",
    string TextField = "text",
    string FieldPrefix = "",
    bool Blocks = false,
    bool Repair = false)
{
    /// <summary>See <see cref="CleanerOptions.MaxNestingDepth"/>.</summary>
    public int MaxNestingDepth { get; init; } = CleanerOptions.Default.MaxNestingDepth;

    /// <summary>See <see cref="CleanerOptions.MaxBlockDepth"/>.</summary>
    public int MaxBlockDepth { get; init; } = CleanerOptions.Default.MaxBlockDepth;
}
