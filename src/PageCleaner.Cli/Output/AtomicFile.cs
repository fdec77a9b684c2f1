namespace PageCleaner.Cli.Output;

/// <summary>
/// Writes a file so that readers see either the old file or the whole new one: the bytes go to a temporary file
/// beside the target, which is then renamed over it. An interrupted run leaves no partial target.
/// </summary>
internal static class AtomicFile
{
    public const string TempSuffix = ".pctmp";

    public static void Write(string path, ReadOnlySpan<byte> content)
    {
        string? dir = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        string temp = path + "." + Guid.NewGuid().ToString("N")[..8] + TempSuffix;
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                // No fsync: readers never see a partial file (the rename is atomic), and forcing every result to
                // disk cost more than cleaning the page. Durability across a power cut is left to the file system.
                stream.Write(content);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: the temporary name never collides with a real output.
        }
    }
}
