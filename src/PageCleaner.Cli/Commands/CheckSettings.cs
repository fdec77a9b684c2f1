using PageCleaner.Cli.Checking;

namespace PageCleaner.Cli.Commands;

/// <summary>Everything <c>pagecleaner check</c> was asked to do; null policy values defer to the config.</summary>
internal sealed record CheckSettings(
    IReadOnlyList<string> Inputs,
    FailOn? FailOn,
    double? MinScore,
    string? ConfigPath,
    bool Fix);
