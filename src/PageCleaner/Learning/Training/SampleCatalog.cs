namespace PageCleaner.Learning.Training;

/// <summary>
/// Finds labeled samples under files and folders. A folder holding <c>pages/</c> is a data set laid out as
/// <c>pages/ID.html</c> with <c>truth/ID.txt</c> (expected text) or <c>snippets/ID.json</c>, and an optional
/// <c>split.tsv</c> (<c>id, split</c>) whose <c>validation</c> and <c>test</c> pages are never trained on. Elsewhere,
/// <c>*.labeled.txt</c> are labeled dumps, <c>*.jsonl</c> are records, and an HTML page is a page with expected text
/// when a <c>.txt</c> of the same name lies beside it, else an annotated page. Outside data sets about one file in
/// five is held out, chosen by <see cref="HeldOutSplit"/>, unless another <see cref="HoldOut"/> policy is asked for.
/// </summary>
internal static class SampleCatalog
{
    public static List<SampleFile> Find(IEnumerable<string> paths, HoldOut holdOut = HoldOut.Fifth)
    {
        var found = new List<SampleFile>();
        foreach (string path in paths)
        {
            if (File.Exists(path))
            {
                if (Classify(Path.GetFullPath(path), Path.GetFileName(path), holdOut) is SampleFile f) found.Add(f);
                continue;
            }
            if (!Directory.Exists(path)) throw new PageCleanerException($"{path}: no such file or folder");
            string root = Path.GetFullPath(path);
            if (Directory.Exists(Path.Combine(root, "pages"))) found.AddRange(FindDataSet(root, holdOut));
            else
            {
                foreach (string file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
                {
                    if (Classify(file, Path.GetRelativePath(root, file).Replace('\\', '/'), holdOut) is SampleFile f) found.Add(f);
                }
            }
        }
        found.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        return found;
    }

    private static SampleFile? Classify(string full, string relative, HoldOut holdOut)
    {
        bool heldOut = IsHeldOut(holdOut, relative);
        if (full.EndsWith(LabeledTextDump.Extension, StringComparison.OrdinalIgnoreCase)) return new(full, relative, SampleKind.LabeledDump, null, heldOut);
        if (full.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)) return new(full, relative, SampleKind.JsonLines, null, heldOut);
        if (!full.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && !full.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)) return null;
        string expected = Path.ChangeExtension(full, ".txt");
        return File.Exists(expected)
            ? new(full, relative, SampleKind.PageWithExpectedText, expected, heldOut)
            : new(full, relative, SampleKind.AnnotatedHtml, null, heldOut);
    }

    private static bool IsHeldOut(HoldOut holdOut, string relative) =>
        holdOut == HoldOut.All || (holdOut == HoldOut.Fifth && HeldOutSplit.IsHeldOut(relative));

    private static IEnumerable<SampleFile> FindDataSet(string root, HoldOut holdOut)
    {
        string name = Path.GetFileName(root);
        Dictionary<string, string> splits = ReadSplits(Path.Combine(root, "split.tsv"));
        foreach (string page in Directory.EnumerateFiles(Path.Combine(root, "pages")))
        {
            string id = Path.GetFileNameWithoutExtension(page);
            string relative = $"{name}/{id}";
            string? split = splits.GetValueOrDefault(id);
            bool heldOut = holdOut == HoldOut.All || (split is not null ? split is "validation" or "test" : IsHeldOut(holdOut, relative));
            string truth = Path.Combine(root, "truth", id + ".txt");
            string snippets = Path.Combine(root, "snippets", id + ".json");
            if (File.Exists(truth)) yield return new(page, relative, SampleKind.PageWithExpectedText, truth, heldOut, split);
            else if (File.Exists(snippets)) yield return new(page, relative, SampleKind.PageWithSnippets, snippets, heldOut, split);
        }
    }

    /// <summary>The split of each page id in a <c>split.tsv</c> (id, split); empty when there is no such file.</summary>
    internal static Dictionary<string, string> ReadSplits(string path)
    {
        var splits = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path)) return splits;
        foreach (string line in File.ReadLines(path).Skip(1))
        {
            string[] cols = line.Split('\t');
            if (cols.Length >= 2) splits[cols[0]] = cols[^1].Trim();
        }
        return splits;
    }
}
