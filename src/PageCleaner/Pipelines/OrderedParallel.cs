using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace PageCleaner.Pipelines;

/// <summary>
/// Maps a stream of items through a CPU-bound function on several threads and yields the results in input order.
/// At most <c>window</c> items wait in the queue of started work (plus the one being handed over and the one being
/// yielded), so memory stays bounded however long the stream is, and a slow item holds back the output but never
/// lets the reading run ahead without limit.
/// </summary>
internal static class OrderedParallel
{
    /// <summary>Applies <paramref name="work"/> to every item of <paramref name="source"/>, <paramref name="parallelism"/> at a time.</summary>
    /// <remarks>
    /// An exception from <paramref name="source"/> or <paramref name="work"/> reaches the caller at the position of the
    /// item it belongs to (the results before it are yielded first). Ending the enumeration early, or cancelling, stops
    /// the reading and waits for the work already started, which sees the cancellation through its token.
    /// </remarks>
    public static async IAsyncEnumerable<TOut> SelectAsync<TIn, TOut>(
        IAsyncEnumerable<TIn> source,
        Func<TIn, CancellationToken, TOut> work,
        int parallelism,
        int window,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var started = Channel.CreateBounded<Task<TOut>>(new BoundedChannelOptions(window) { SingleReader = true, SingleWriter = true });
        using var workers = new SemaphoreSlim(parallelism, parallelism);
        Task producer = ProduceAsync(source, work, started.Writer, workers, stop.Token);
        try
        {
            while (await started.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (started.Reader.TryRead(out Task<TOut>? task))
                {
                    TOut result = await task.ConfigureAwait(false);
                    // Results already made are not given out once the caller has cancelled.
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return result;
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Quietly(producer).ConfigureAwait(false);
            // Work already started is waited for, so nothing runs on after the caller has moved on.
            while (started.Reader.TryRead(out Task<TOut>? task)) await Quietly(task).ConfigureAwait(false);
        }
    }

    private static async Task ProduceAsync<TIn, TOut>(
        IAsyncEnumerable<TIn> source, Func<TIn, CancellationToken, TOut> work, ChannelWriter<Task<TOut>> started,
        SemaphoreSlim workers, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (TIn item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await workers.WaitAsync(cancellationToken).ConfigureAwait(false);
                Task<TOut> task = Task.Run(() =>
                {
                    try
                    {
                        return work(item, cancellationToken);
                    }
                    finally
                    {
                        workers.Release();
                    }
                }, CancellationToken.None);
                try
                {
                    await started.WriteAsync(task, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    await Quietly(task).ConfigureAwait(false);
                    throw;
                }
            }
            started.TryComplete();
        }
        catch (Exception e)
        {
            started.TryComplete(e);
        }
    }

    private static async Task Quietly(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Already reported through the results, or the caller stopped listening.
        }
    }
}
