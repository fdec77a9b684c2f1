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
    private readonly Dictionary<string, InputItem> _firstForTarget = new(StringComparer.Ordinal);
    private readonly InputBytesReader _reader;

    public PageProcessor(Cleaner cleaner, CleanSettings settings, ConsoleStreams io, IReadOnlyList<InputItem> items)
    {
        _cleaner = cleaner;
        _settings = settings;
        _io = io;
        _reader = new InputBytesReader(io.Input, cleaner.Options.MaxPageBytes);
        _inputPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (InputItem item in items)
        {
            if (item.FullPath is not null) _inputPaths.Add(item.FullPath);
        }
        // Fix: two inputs can map to one result file (page.htm and page.html, or the same relative path in two folders).
        // Both were written (the last one, which depends on the thread count, won) or the second was reported as
        // "skipped (output exists)"; now the first input in order owns the file and the others fail with a reason.
        if (settings.OutputDirectory is not null)
        {
            foreach (InputItem item in items) _firstForTarget.TryAdd(TargetOf(item), item);
        }
    }

    private string TargetOf(InputItem item) =>
        Path.Combine(_io.Resolve(_settings.OutputDirectory!), Path.ChangeExtension(item.Relative, ResultFormatter.Extension(_settings.Format)));

    public PageOutcome Process(InputItem item, CancellationToken cancellation = default)
    {
        string? target = null;
        try
        {
            if (_settings.OutputDirectory is not null)
            {
                target = TargetOf(item);
                if (_inputPaths.Contains(target)) return Failure(item, $"the result would overwrite an input ({target}); choose another --output folder");
                if (_firstForTarget.TryGetValue(target, out InputItem? owner) && !ReferenceEquals(owner, item))
                    return Failure(item, $"the result would go to the same file as the result of {owner.Display} ({target})");
                if (File.Exists(target) && !_settings.Overwrite) return new PageOutcome(item, null, null, true, null);
            }
            byte[] bytes = _reader.Read(item);
            CleanResult result = _cleaner.Clean(bytes, item.Display, cancellation);
            byte[] rendered = ResultFormatter.Render(result, _settings.Format);
            if (target is not null) AtomicFile.Write(target, rendered, cancellation: cancellation);
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

    private static PageOutcome Failure(InputItem item, string message) => new(item, null, message, false, null);
}
