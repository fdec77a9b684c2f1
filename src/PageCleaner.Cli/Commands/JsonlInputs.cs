namespace PageCleaner.Cli.Commands;

/// <summary>Which files <c>clean --jsonl</c> takes from folders, which are WARC files, and where each one's output goes.</summary>
internal static class JsonlInputs
{
    public static readonly string[] Patterns = ["*.jsonl", "*.ndjson", "*.jsonl.gz", "*.ndjson.gz", "*.warc", "*.warc.gz", "*.wet", "*.wet.gz"];

    /// <summary>
    /// Whether the name says WARC (<c>.warc</c>, <c>.warc.gz</c>, and Common Crawl's WET files of extracted text,
    /// <c>.wet</c>, <c>.warc.wet.gz</c>); the content decides in the end.
    /// </summary>
    public static bool IsWarcName(string path) =>
        path.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".wet", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".wet.gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>The output's relative path: the input's, with <c>.gz</c> dropped and the extension made <c>.jsonl</c>.</summary>
    public static string OutputName(string relative)
    {
        if (relative.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) relative = relative[..^3];
        return Path.ChangeExtension(relative, ".jsonl");
    }
}
