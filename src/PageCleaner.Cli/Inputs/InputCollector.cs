namespace PageCleaner.Cli.Inputs;

/// <summary>
/// Expands the command line's inputs: files as given, folders searched recursively for pages, <c>-</c> (or nothing)
/// for standard input. Problems are reported per input and the rest go on.
/// </summary>
internal static class InputCollector
{
    public static readonly string[] DefaultPatterns = ["*.html", "*.htm", "*.txt"];

    public static (List<InputItem> Items, List<string> Problems) Collect(IReadOnlyList<string> inputs, ConsoleStreams io, IReadOnlyList<string>? patterns = null)
    {
        patterns ??= DefaultPatterns;
        var items = new List<InputItem>();
        var problems = new List<string>();
        if (inputs.Count == 0)
        {
            items.Add(new InputItem("-", null, "stdin"));
            return (items, problems);
        }
        foreach (string input in inputs)
        {
            if (input == "-")
            {
                items.Add(new InputItem("-", null, "stdin"));
                continue;
            }
            string full = io.Resolve(input);
            if (File.Exists(full))
            {
                items.Add(new InputItem(input, full, Path.GetFileName(full)));
            }
            else if (Directory.Exists(full))
            {
                int before = items.Count;
                foreach (string file in FindPages(full, patterns))
                {
                    string relative = Path.GetRelativePath(full, file);
                    items.Add(new InputItem(Path.Combine(input, relative), file, relative));
                }
                if (items.Count == before) problems.Add($"{input}: folder holds no pages ({string.Join(", ", patterns)})");
            }
            else
            {
                problems.Add($"{input}: no such file or folder");
            }
        }
        return (items, problems);
    }

    private static List<string> FindPages(string folder, IReadOnlyList<string> patterns)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive };
        foreach (string pattern in patterns)
        {
            foreach (string f in Directory.EnumerateFiles(folder, pattern, options)) files.Add(f);
        }
        return [.. files];
    }
}
