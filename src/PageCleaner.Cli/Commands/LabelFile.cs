namespace PageCleaner.Cli.Commands;

/// <summary>A file the label command writes: where, and in which form.</summary>
/// <param name="Path">Absolute path under the output folder.</param>
/// <param name="Html">True for annotated HTML (form 1), false for a labeled text dump (form 2).</param>
internal sealed record LabelFile(string Path, bool Html);
