using System.Diagnostics;

namespace PageCleaner;

/// <summary>
/// The time a page may take and the caller's cancellation, checked by the long loops of the pipeline (the DOM walk,
/// the feature rows) every few thousand steps, so a pathological page is refused instead of hanging a worker.
/// </summary>
internal readonly struct PageDeadline
{
    private readonly long _start, _limitTicks;
    private readonly CancellationToken _cancellation;

    public PageDeadline(TimeSpan limit, CancellationToken cancellation)
    {
        _start = Stopwatch.GetTimestamp();
        // 0 means no limit, so default(PageDeadline) neither times out nor cancels.
        _limitTicks = limit <= TimeSpan.Zero || limit == Timeout.InfiniteTimeSpan ? 0 : Math.Max(1, (long)(limit.TotalSeconds * Stopwatch.Frequency));
        _cancellation = cancellation;
        Limit = limit;
    }

    public TimeSpan Limit { get; }

    /// <summary>Throws when the caller cancelled or the page ran out of time.</summary>
    public void Check()
    {
        _cancellation.ThrowIfCancellationRequested();
        if (_limitTicks > 0 && Stopwatch.GetTimestamp() - _start > _limitTicks)
            throw new PageRejectedException($"cleaning took longer than the limit of {Limit.TotalSeconds:0.#} s per page (raise it with --max-seconds-per-page, or CleanerOptions.MaxTimePerPage)");
    }
}
