using System.Diagnostics;

namespace PageCleaner.Cli.Output;

/// <summary>A one-line progress bar on stderr, drawn only when stderr is a terminal and at most ten times a second.</summary>
internal sealed class ProgressBar
{
    private const int Width = 30;
    private readonly TextWriter _error;
    private readonly bool _enabled;
    private readonly int _total;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDraw = -1000;

    public ProgressBar(TextWriter error, bool enabled, int total)
    {
        _error = error;
        _enabled = enabled && total > 1;
        _total = total;
    }

    public void Report(int done)
    {
        if (!_enabled) return;
        long now = _clock.ElapsedMilliseconds;
        if (now - _lastDraw < 100 && done < _total) return;
        _lastDraw = now;
        int filled = _total == 0 ? Width : (int)((long)done * Width / _total);
        double rate = done / Math.Max(0.001, now / 1000.0);
        _error.Write($"\r[{new string('#', filled)}{new string('-', Width - filled)}] {done}/{_total} pages, {rate:0.0}/s ");
    }

    public void Clear()
    {
        if (_enabled) _error.Write("\r" + new string(' ', Width + 40) + "\r");
    }
}
