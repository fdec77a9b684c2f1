namespace PageCleaner.Cli.Checking;

/// <summary>
/// Finds the config that governs a file: the nearest <c>.pagecleaner.json</c> in its folder or a folder above,
/// stopping at the repository root (the first folder holding <c>.git</c>) so that a config outside the repository
/// never applies. Without one, the defaults apply with patterns relative to the repository root (or the working
/// directory outside a repository). Results are cached per folder. Not thread-safe: locate before checking in parallel.
/// </summary>
internal sealed class ConfigLocator
{
    private readonly string _workingDirectory;
    private readonly CheckConfig? _forced;
    private readonly Dictionary<string, CheckConfig> _byFolder = new(StringComparer.Ordinal);

    /// <param name="workingDirectory">Where relative names in messages start.</param>
    /// <param name="forcedConfigPath">A config given with <c>--config</c>: it governs every file and no search is made.</param>
    /// <exception cref="CheckConfigException">The forced config is missing or invalid.</exception>
    public ConfigLocator(string workingDirectory, string? forcedConfigPath)
    {
        _workingDirectory = workingDirectory;
        if (forcedConfigPath is null) return;
        string full = Path.GetFullPath(forcedConfigPath, workingDirectory);
        if (!File.Exists(full)) throw new CheckConfigException($"{forcedConfigPath}: no such config file");
        _forced = CheckConfigReader.Read(full, forcedConfigPath);
    }

    /// <summary>The config for the file at <paramref name="fullPath"/>.</summary>
    /// <exception cref="CheckConfigException">The config found is invalid.</exception>
    public CheckConfig For(string fullPath)
    {
        if (_forced is not null) return _forced;
        string folder = Path.GetDirectoryName(fullPath) ?? _workingDirectory;
        return ForFolder(folder);
    }

    private CheckConfig ForFolder(string folder)
    {
        if (_byFolder.TryGetValue(folder, out CheckConfig? cached)) return cached;
        CheckConfig config;
        string candidate = Path.Combine(folder, CheckConfig.FileName);
        string? parent = Path.GetDirectoryName(folder);
        if (File.Exists(candidate)) config = CheckConfigReader.Read(candidate, Display(candidate));
        else if (IsRepositoryRoot(folder)) config = CheckConfig.Defaults(folder);
        else if (parent is null) config = CheckConfig.Defaults(_workingDirectory);
        else config = ForFolder(parent);
        _byFolder[folder] = config;
        return config;
    }

    // '.git' is a folder in a clone and a file in a worktree or submodule.
    private static bool IsRepositoryRoot(string folder)
    {
        string git = Path.Combine(folder, ".git");
        return Directory.Exists(git) || File.Exists(git);
    }

    private string Display(string path)
    {
        string relative = Path.GetRelativePath(_workingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
