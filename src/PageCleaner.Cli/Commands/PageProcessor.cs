using PageCleaner.Cli.Inputs;
using PageCleaner.Cli.Output;

namespace PageCleaner.Cli.Commands;

/// <summary>Cleans one input and, with an output folder, writes its result file. Safe to call from many threads.</summary>
internal sealed class PageProcessor
{
    private readonly Cleaner _cleaner;
    private readonly CleanSettings _settings;
    private readonly ConsoleStreams _io;
    private readonly HashSet<string> _inputPaths;
    private int _stdinTaken;

    public PageProcessor(Cleaner cleaner, CleanSettings settings, ConsoleStreams io, IReadOnlyList<InputItem> items)
    {
        _cleaner = cleaner;
        _settings = settings;
        _io = io;
        _inputPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (InputItem item in items)
        {
            if (item.FullPath is not null) _inputPaths.Add(item.FullPath);
        }
    }

    public PageOutcome Process(InputItem item)
    {
        string? target = null;
        try
        {
            if (_settings.OutputDirectory is not null)
            {
                target = Path.Combine(_io.Resolve(_settings.OutputDirectory), Path.ChangeExtension(item.Relative, ResultFormatter.Extension(_settings.Format)));
                if (_inputPaths.Contains(target)) return Failure(item, $"the result would overwrite an input ({target}); choose another --output folder");
                if (File.Exists(target) && !_settings.Overwrite) return new PageOutcome(item, null, null, true, null);
            }
            byte[] bytes = Read(item);
            CleanResult result = _cleaner.Clean(bytes, item.Display);
            byte[] rendered = ResultFormatter.Render(result, _settings.Format);
            if (target is not null) AtomicFile.Write(target, rendered);
            return new PageOutcome(item, rendered, null, false, result);
        }
        catch (PageCleanerException e)
        {
            return Failure(item, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failure(item, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug of ours must not take the other inputs down or print a stack trace.
            return Failure(item, $"internal error ({e.GetType().Name}: {e.Message}); please report it with this page");
        }
    }

    private byte[] Read(InputItem item)
    {
        if (item.IsStdin)
        {
            if (Interlocked.Exchange(ref _stdinTaken, 1) == 1) throw new PageRejectedException("standard input can be read only once");
            using var ms = new MemoryStream();
            _io.Input.CopyTo(ms);
            return ms.ToArray();
        }
        var info = new FileInfo(item.FullPath!);
        long limit = _cleaner.Options.MaxPageBytes;
        if (info.Length > limit)
        {
            throw new PageRejectedException($"page is {info.Length / 1048576.0:0.0} MiB, over the limit of {limit / 1048576.0:0.#} MiB (raise it with --max-page-mb)");
        }
        return File.ReadAllBytes(item.FullPath!);
    }

    private static PageOutcome Failure(InputItem item, string message) => new(item, null, message, false, null);
}
