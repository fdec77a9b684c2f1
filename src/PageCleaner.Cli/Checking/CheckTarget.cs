namespace PageCleaner.Cli.Checking;

/// <summary>A file to check, with the config that governs it.</summary>
/// <param name="Display">The name in findings and messages: as given, or folder as given plus the path found under it.</param>
/// <param name="FullPath">The absolute path.</param>
/// <param name="Kind">Page or JSONL, from the extension.</param>
/// <param name="Config">The config found for it (or the defaults).</param>
internal sealed record CheckTarget(string Display, string FullPath, CheckFileKind Kind, CheckConfig Config)
{
    public static CheckFileKind KindOf(string path)
    {
        string extension = Path.GetExtension(path);
        return extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase)
            ? CheckFileKind.Jsonl
            : CheckFileKind.Page;
    }
}
