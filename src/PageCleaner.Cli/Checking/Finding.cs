namespace PageCleaner.Cli.Checking;

/// <summary>A block that breaks the policy, or (under <c>--fail-on obfuscated</c>) a page whose content is obfuscated.</summary>
/// <param name="Path">The file as named on the command line (or found in a folder named there).</param>
/// <param name="Line">1-based line: the block's line in a page or dump, the document's line in a JSONL file.</param>
/// <param name="Kind">The block's label (<c>spam</c>, <c>boilerplate</c>), or <c>obfuscated</c> for a page.</param>
/// <param name="Score">The probability of that label; 1 for an obfuscated page (a rule, not a probability).</param>
/// <param name="Text">The block's text; for an obfuscated page, what was found (<c>pinyin annotations 308, ...</c>).</param>
/// <param name="Hash">The content hash of the block (of the page's clean text for an obfuscated page), as the config's allow-list takes it.</param>
/// <param name="Allowed">Whether the allow-list accepts it (then it does not fail the check).</param>
internal sealed record Finding(string Path, int Line, string Kind, double Score, string Text, string Hash, bool Allowed);
