using System.Runtime.CompilerServices;
using PageCleaner.Pipelines;

namespace PageCleaner.Tests.Pipelines;

/// <summary>The ordered, bounded parallel map under the streaming APIs.</summary>
public sealed class OrderedParallelTests
{
    private static async IAsyncEnumerable<int> Numbers(int count, Action<int>? taken = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (int i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            taken?.Invoke(i);
            yield return i;
            await Task.Yield();
        }
    }

    [Fact]
    public async Task Results_come_in_input_order_however_long_each_item_takes()
    {
        var results = new List<int>();
        // Early items take longest, so they finish after later ones.
        await foreach (int r in OrderedParallel.SelectAsync(Numbers(300), (i, _) =>
        {
            Thread.Sleep((300 - i) % 7);
            return i * 2;
        }, parallelism: 4, window: 8))
        {
            results.Add(r);
        }

        Assert.Equal(Enumerable.Range(0, 300).Select(i => i * 2), results);
    }

    [Fact]
    public async Task At_most_window_plus_two_items_are_taken_from_the_source_and_not_yet_yielded_however_long_the_stream()
    {
        const int Window = 6;
        long taken = 0, yielded = 0, maxOutstanding = 0;
        await foreach (int r in OrderedParallel.SelectAsync(Numbers(200_000, _ =>
        {
            long outstanding = Interlocked.Increment(ref taken) - Interlocked.Read(ref yielded);
            InterlockedMax(ref maxOutstanding, outstanding);
        }), (i, _) => i, parallelism: 3, window: Window))
        {
            Interlocked.Increment(ref yielded);
            // A slow reader now and then, so the window fills up.
            if (r % 50_000 == 0) Thread.Sleep(50);
        }

        Assert.Equal(200_000, yielded);
        Assert.InRange(maxOutstanding, 1, Window + 2);
    }

    [Fact]
    public async Task No_more_than_parallelism_items_are_worked_on_at_once()
    {
        int running = 0, maxRunning = 0;
        await foreach (int _ in OrderedParallel.SelectAsync(Numbers(100), (i, _) =>
        {
            int now = Interlocked.Increment(ref running);
            InterlockedMax(ref maxRunning, now);
            Thread.Sleep(2);
            Interlocked.Decrement(ref running);
            return i;
        }, parallelism: 3, window: 12))
        {
        }

        Assert.InRange(maxRunning, 1, 3);
    }

    [Fact]
    public async Task A_failing_item_surfaces_at_its_place_after_the_results_before_it()
    {
        var results = new List<int>();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (int r in OrderedParallel.SelectAsync(Numbers(100), (i, _) => i == 37 ? throw new InvalidOperationException("item 37") : i, parallelism: 4, window: 8))
            {
                results.Add(r);
            }
        });

        Assert.Equal("item 37", error.Message);
        Assert.Equal(Enumerable.Range(0, 37), results);
    }

    [Fact]
    public async Task A_failing_source_surfaces_after_the_results_of_the_items_it_gave()
    {
        static async IAsyncEnumerable<int> Broken()
        {
            for (int i = 0; i < 10; i++)
            {
                await Task.Yield();
                yield return i;
            }
            throw new IOException("disk gone");
        }

        var results = new List<int>();
        var error = await Assert.ThrowsAsync<IOException>(async () =>
        {
            await foreach (int r in OrderedParallel.SelectAsync(Broken(), (i, _) => i, parallelism: 2, window: 4)) results.Add(r);
        });

        Assert.Equal("disk gone", error.Message);
        Assert.Equal(Enumerable.Range(0, 10), results);
    }

    [Fact]
    public async Task Cancelling_stops_the_stream_and_no_work_runs_after_the_enumeration_ends()
    {
        using var cts = new CancellationTokenSource();
        int started = 0, seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (int _ in OrderedParallel.SelectAsync(Numbers(1_000_000), (i, token) =>
            {
                Interlocked.Increment(ref started);
                token.ThrowIfCancellationRequested();
                return i;
            }, parallelism: 2, window: 4, cts.Token))
            {
                if (++seen == 20) await cts.CancelAsync();
            }
        });

        int startedWhenEnded = Volatile.Read(ref started);
        await Task.Delay(50);
        Assert.Equal(startedWhenEnded, Volatile.Read(ref started));
        Assert.InRange(startedWhenEnded, 20, 20 + 4 + 2);
    }

    [Fact]
    public async Task Leaving_the_loop_early_stops_reading_the_source()
    {
        int taken = 0;
        await foreach (int r in OrderedParallel.SelectAsync(Numbers(1_000_000, _ => Interlocked.Increment(ref taken)), (i, _) => i, parallelism: 2, window: 4))
        {
            if (r == 9) break;
        }

        int takenWhenLeft = Volatile.Read(ref taken);
        await Task.Delay(50);
        Assert.Equal(takenWhenLeft, Volatile.Read(ref taken));
        Assert.InRange(takenWhenLeft, 10, 10 + 4 + 2);
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long current;
        while (value > (current = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current) { }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current) { }
    }
}
