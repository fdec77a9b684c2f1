namespace PageCleaner.Cli.Checking;

/// <summary>
/// Expands the command line's files and folders into the files to check. Each file is kept only when its config's
/// include patterns select it and no exclude pattern does; folders are searched recursively (hidden files and
/// folders such as <c>.git</c> are passed over). A file named twice is checked once.
/// </summary>
internal static class TargetCollector
{
    public sealed record Collected(List<CheckTarget> Targets, List<string> Problems, int Skipped);

    /// <exception cref="CheckConfigException">A config governing one of the files is invalid.</exception>
    public static Collected Collect(IReadOnlyList<string> inputs, string workingDirectory, ConfigLocator locator)
    {
        var targets = new List<CheckTarget>();
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int skipped = 0;
        foreach (string input in inputs.Count == 0 ? ["."] : inputs)
        {
            string full = Path.GetFullPath(input, workingDirectory);
            if (File.Exists(full))
            {
                if (!seen.Add(full)) continue;
                if (Add(targets, input, full, locator)) continue;
                skipped++;
            }
            else if (Directory.Exists(full))
            {
                foreach (string file in FilesUnder(full))
                {
                    if (!seen.Add(file)) continue;
                    string display = DisplayUnder(input, Relative(full, file));
                    if (!Add(targets, display, file, locator)) skipped++;
                }
            }
            else
            {
                problems.Add($"{input}: no such file or folder");
            }
        }
        return new Collected(targets, problems, skipped);
    }

    private static bool Add(List<CheckTarget> targets, string display, string full, ConfigLocator locator)
    {
        CheckConfig config = locator.For(full);
        if (!config.Selects(full)) return false;
        targets.Add(new CheckTarget(display, full, CheckTarget.KindOf(full), config));
        return true;
    }

    private static List<string> FilesUnder(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        var files = new List<string>(Directory.EnumerateFiles(folder, "*", options));
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    // "." and "./" name the files as found ("a/b.txt"); "/" and "site/" keep their one slash ("/a/b.txt", "site/a/b.txt").
    private static string DisplayUnder(string input, string relative)
    {
        string folder = input.TrimEnd('/');
        if (folder == ".") return relative;
        return folder + "/" + relative;
    }

    private static string Relative(string folder, string file) =>
        Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
}
