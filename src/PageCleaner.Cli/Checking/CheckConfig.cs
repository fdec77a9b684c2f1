namespace PageCleaner.Cli.Checking;

/// <summary>A repository's <c>.pagecleaner.json</c> (or the built-in defaults when there is none).</summary>
/// <param name="Path">The config file; null for the defaults.</param>
/// <param name="Folder">The folder include/exclude patterns are relative to.</param>
/// <param name="Include">Files to check; a file matching none is skipped.</param>
/// <param name="Exclude">Files never to check, even when included.</param>
/// <param name="FailOn">The policy, unless the command line gives one.</param>
/// <param name="MinScore">The score from which a block counts, unless the command line gives one.</param>
/// <param name="Allow">Content hashes of accepted findings (lower case).</param>
internal sealed record CheckConfig(
    string? Path,
    string Folder,
    IReadOnlyList<GlobPattern> Include,
    IReadOnlyList<GlobPattern> Exclude,
    FailOn? FailOn,
    double? MinScore,
    IReadOnlySet<string> Allow)
{
    public const string FileName = ".pagecleaner.json";

    /// <summary>The files checked when a config does not say: HTML pages, text dumps and JSONL files.</summary>
    public static readonly string[] DefaultInclude = ["*.html", "*.htm", "*.txt", "*.jsonl", "*.ndjson"];

    /// <summary>The built-in defaults, with patterns relative to <paramref name="folder"/>.</summary>
    public static CheckConfig Defaults(string folder) =>
        new(null, folder, ParseDefaults(), [], null, null, new HashSet<string>(StringComparer.Ordinal));

    /// <summary>Whether the file at <paramref name="fullPath"/> is to be checked under this config.</summary>
    public bool Selects(string fullPath)
    {
        string relative = System.IO.Path.GetRelativePath(Folder, fullPath).Replace(System.IO.Path.DirectorySeparatorChar, '/');
        bool included = false;
        foreach (GlobPattern p in Include)
        {
            if (p.IsMatch(relative))
            {
                included = true;
                break;
            }
        }
        if (!included) return false;
        foreach (GlobPattern p in Exclude)
        {
            if (p.IsMatch(relative)) return false;
        }
        return true;
    }

    private static List<GlobPattern> ParseDefaults()
    {
        var list = new List<GlobPattern>(DefaultInclude.Length);
        foreach (string p in DefaultInclude) list.Add(GlobPattern.TryParse(p, out _)!);
        return list;
    }
}
