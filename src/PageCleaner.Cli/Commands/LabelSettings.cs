using PageCleaner.Documents;

namespace PageCleaner.Cli.Commands;

/// <summary>Everything <c>pagecleaner label</c> was asked to do.</summary>
internal sealed record LabelSettings(
    IReadOnlyList<string> Inputs,
    string OutputDirectory,
    InputKind Input,
    int Threads,
    string? ModelPath,
    bool Overwrite,
    double MaxPageMegabytes);
