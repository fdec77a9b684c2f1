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
    PageLimits Limits,
    bool Repair = false,
    float? ContentThreshold = null);
