namespace PageCleaner.Cli.Checking;

/// <summary>A block that breaks the policy.</summary>
/// <param name="Path">The file as named on the command line (or found in a folder named there).</param>
/// <param name="Line">1-based line: the block's line in a page or dump, the document's line in a JSONL file.</param>
/// <param name="Label">The block's label (spam or boilerplate).</param>
/// <param name="Score">The probability of that label.</param>
/// <param name="Text">The block's text.</param>
/// <param name="Hash">The block's content hash, as the config's allow-list takes it.</param>
/// <param name="Allowed">Whether the allow-list accepts it (then it does not fail the check).</param>
internal sealed record Finding(string Path, int Line, BlockLabel Label, double Score, string Text, string Hash, bool Allowed);
