namespace PageCleaner.Cli.Commands;

/// <summary>Everything <c>pagecleaner clean --jsonl</c> was asked to do.</summary>
internal sealed record JsonlSettings(
    IReadOnlyList<string> Inputs,
    string? OutputDirectory,
    int Threads,
    string? ModelPath,
    bool Overwrite,
    PageLimits Limits,
    string HtmlField = "html",
    string TextField = "text",
    string FieldPrefix = "",
    bool Blocks = false,
    bool Repair = false,
    float? ContentThreshold = null);
