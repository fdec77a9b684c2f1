using PageCleaner.Cli.Output;
using PageCleaner.Documents;

namespace PageCleaner.Cli.Commands;

/// <summary>Everything <c>pagecleaner clean</c> was asked to do.</summary>
internal sealed record CleanSettings(
    IReadOnlyList<string> Inputs,
    string? OutputDirectory,
    OutputFormat Format,
    InputKind Input,
    int Threads,
    string? ModelPath,
    bool Overwrite,
    double MaxPageMegabytes,
    double MaxSecondsPerPage = 30,
    bool Repair = false)
{
    /// <summary>See <see cref="CleanerOptions.MaxNestingDepth"/>.</summary>
    public int MaxNestingDepth { get; init; } = CleanerOptions.Default.MaxNestingDepth;

    /// <summary>See <see cref="CleanerOptions.MaxBlockDepth"/>.</summary>
    public int MaxBlockDepth { get; init; } = CleanerOptions.Default.MaxBlockDepth;
}
