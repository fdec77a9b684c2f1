using PageCleaner.Cli.Output;

namespace PageCleaner.Cli.Commands;

/// <summary>
/// A result file written as a stream and put in place whole: the lines go to a temporary file beside the target,
/// which <see cref="Commit"/> renames over it. Disposed without a commit (an error, a cancellation), the temporary
/// file is deleted and the target is as it was.
/// </summary>
internal sealed class StreamedOutputFile : IDisposable
{
    private readonly string _target;
    private readonly string _temp;
    private readonly FileStream _stream;
    private bool _committed;

    public StreamedOutputFile(string target)
    {
        _target = target;
        string? dir = Path.GetDirectoryName(target);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        _temp = target + "." + Guid.NewGuid().ToString("N")[..8] + AtomicFile.TempSuffix;
        _stream = new FileStream(_temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
    }

    public Stream Stream => _stream;

    public void Commit()
    {
        _stream.Flush(flushToDisk: true);
        _stream.Dispose();
        File.Move(_temp, _target, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (_committed) return;
        _stream.Dispose();
        try
        {
            File.Delete(_temp);
        }
        catch (IOException)
        {
            // Best effort: the temporary name never collides with a real output.
        }
    }
}
