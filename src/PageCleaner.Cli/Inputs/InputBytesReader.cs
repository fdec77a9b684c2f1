using PageCleaner.Documents;

namespace PageCleaner.Cli.Inputs;

/// <summary>
/// Reads an input's bytes for the page commands, refusing one over the page size limit before loading it (a file by
/// its length, standard input once copied) and standard input given twice. Safe to call from many threads.
/// </summary>
internal sealed class InputBytesReader(Stream standardInput, long maxPageBytes)
{
    private int _stdinTaken;

    public byte[] Read(InputItem item)
    {
        if (item.IsStdin)
        {
            if (Interlocked.Exchange(ref _stdinTaken, 1) == 1) throw new PageRejectedException("standard input can be read only once");
            using var ms = new MemoryStream();
            standardInput.CopyTo(ms);
            CheckSize(ms.Length);
            return ms.ToArray();
        }
        CheckSize(new FileInfo(item.FullPath!).Length);
        return File.ReadAllBytes(item.FullPath!);
    }

    private void CheckSize(long length)
    {
        if (length > maxPageBytes) throw PageSizeLimit.Exceeded(length, maxPageBytes);
    }
}
