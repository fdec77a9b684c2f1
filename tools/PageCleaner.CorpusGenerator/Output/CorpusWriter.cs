namespace PageCleaner.CorpusGenerator.Output;

/// <summary>
/// Writes the corpus into its folder. A folder that already holds a generated corpus (a MANIFEST.tsv) is left alone
/// when it holds exactly these files, and otherwise only replaced when asked; then each file is written atomically (temporary file renamed into place) and the files of
/// the old manifest that the new corpus no longer has are removed. Nothing else in the folder is touched.
/// </summary>
internal static class CorpusWriter
{
    /// <returns>False when the folder already held exactly these files (nothing was written).</returns>
    public static bool Write(string folder, IReadOnlyList<GeneratedFile> files, bool overwrite)
    {
        string manifest = Path.Combine(folder, CorpusBuilder.ManifestName);
        var stale = new HashSet<string>(StringComparer.Ordinal);
        if (File.Exists(manifest))
        {
            if (!overwrite)
            {
                if (IsUnchanged(folder, files)) return false;
                throw new IOException($"{folder}: already holds a different generated corpus ({CorpusBuilder.ManifestName}); pass --overwrite to replace it");
            }
            foreach (string line in File.ReadLines(manifest).Skip(1))
            {
                string file = line.Split('\t')[0];
                // Only names the generator makes (html/... or text/..., no way out of the folder).
                if ((file.StartsWith("html/", StringComparison.Ordinal) || file.StartsWith("text/", StringComparison.Ordinal)) && !file.Contains("..", StringComparison.Ordinal)) stale.Add(file);
            }
        }
        foreach (GeneratedFile file in files)
        {
            string path = Path.Combine(folder, file.RelativePath);
            if (!overwrite && File.Exists(path)) throw new IOException($"{path}: already exists; pass --overwrite to replace it");
        }
        foreach (GeneratedFile file in files)
        {
            stale.Remove(file.RelativePath);
            WriteAtomically(Path.Combine(folder, file.RelativePath), file.Bytes);
        }
        foreach (string file in stale)
        {
            string path = Path.Combine(folder, file);
            if (File.Exists(path)) File.Delete(path);
        }
        return true;
    }

    private static bool IsUnchanged(string folder, IReadOnlyList<GeneratedFile> files)
    {
        foreach (GeneratedFile file in files)
        {
            string path = Path.Combine(folder, file.RelativePath);
            if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(file.Bytes)) return false;
        }
        return true;
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        string dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        string temp = Path.Combine(dir, "." + Path.GetFileName(path) + ".tmp" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
