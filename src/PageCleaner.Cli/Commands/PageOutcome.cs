using PageCleaner.Cli.Inputs;

namespace PageCleaner.Cli.Commands;

/// <summary>What happened to one input: its rendered result, a one-line error, or a skip.</summary>
internal sealed record PageOutcome(InputItem Item, byte[]? Rendered, string? Error, bool Skipped, CleanResult? Result);
