using System.Collections.Concurrent;

namespace PageCleaner.Cli.Output;

/// <summary>
/// Writes a file so that readers see either the old file or the whole new one: the bytes go to a temporary file
/// beside the target, which is then renamed over it. An interrupted run leaves no partial target, and no temporary
/// file either: a cancelled write removes its own, and any still open when the process exits are removed then.
/// </summary>
internal static class AtomicFile
{
    public const string TempSuffix = ".pctmp";

    // Temporary files being written, removed at exit if a forced shutdown (Ctrl-C past the grace period) cut a write short.
    private static readonly ConcurrentDictionary<string, byte> InProgress = new(StringComparer.Ordinal);

    static AtomicFile() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (string temp in InProgress.Keys) TryDelete(temp);
    };

    /// <summary>
    /// Writes <paramref name="content"/> to <paramref name="path"/>; cancelled, it leaves the target as it was. With
    /// <paramref name="replace"/> false a file that appeared at <paramref name="path"/> meanwhile is kept, and the
    /// write fails with an <see cref="IOException"/>.
    /// </summary>
    public static void Write(string path, ReadOnlySpan<byte> content, bool replace = true, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        string? dir = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        string temp = path + "." + Guid.NewGuid().ToString("N")[..8] + TempSuffix;
        InProgress.TryAdd(temp, 0);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                // No fsync: readers never see a partial file (the rename is atomic), and forcing every result to
                // disk cost more than cleaning the page. Durability across a power cut is left to the file system.
                stream.Write(content);
            }
            cancellation.ThrowIfCancellationRequested();
            File.Move(temp, path, overwrite: replace);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
        finally
        {
            InProgress.TryRemove(temp, out _);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the temporary name never collides with a real output.
        }
    }
}
