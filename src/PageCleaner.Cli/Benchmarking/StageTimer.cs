using System.Diagnostics;
using HtmlAgilityPack;
using PageCleaner.Documents;
using PageCleaner.Features;
using PageCleaner.Segmentation;

namespace PageCleaner.Cli.Benchmarking;

/// <summary>
/// Times each stage of the pipeline over the same pages on one thread: decoding, HtmlAgilityPack parsing alone (the
/// reference), loading (decode + nesting guard + parse), segmentation, features, classification, and the whole clean.
/// </summary>
internal sealed class StageTimer
{
    private readonly IReadOnlyList<byte[]> _pages;
    private readonly Cleaner _cleaner;

    public StageTimer(IReadOnlyList<byte[]> pages, Cleaner cleaner)
    {
        _pages = pages;
        _cleaner = cleaner;
    }

    public sealed record StageTimes(double Decode, double ParseOnly, double Load, double Segment, double Features, double Classify, double EndToEnd);

    /// <summary>Seconds per pass for each stage: the median of <paramref name="passes"/> passes after one warm-up.</summary>
    public StageTimes Measure(int passes)
    {
        var decoded = _pages.Select(p => CharsetDetector.Decode(p, true).Text).ToList();
        var loaded = _pages.Select(p => PageLoader.Load(p, _cleaner.Options)).ToList();
        var segmented = loaded.Select(l => PageReader.Segment(l, _cleaner.Options, false)).ToList();
        var extracted = segmented.Select(s => FeatureExtractor.Default.Extract(s)).ToList();
        return new StageTimes(
            Median(passes, () => { foreach (byte[] p in _pages) CharsetDetector.Decode(p, true); }),
            Median(passes, () => { foreach (string t in decoded) new HtmlDocument().LoadHtml(t); }),
            Median(passes, () => { foreach (byte[] p in _pages) PageLoader.Load(p, _cleaner.Options); }),
            Median(passes, () => { foreach (LoadedPage l in loaded) PageReader.Segment(l, _cleaner.Options, false); }),
            Median(passes, () => { foreach (SegmentedPage s in segmented) FeatureExtractor.Default.Extract(s); }),
            Median(passes, () =>
            {
                foreach (var (analysis, matrix) in extracted)
                {
                    _cleaner.Classifier.Predict(analysis, matrix, new float[analysis.Blocks.Count * BlockLabels.Count]);
                }
            }),
            Median(passes, () => { foreach (byte[] p in _pages) _cleaner.Clean(p); }));
    }

    /// <summary>
    /// Cleans every page on one thread <paramref name="passes"/> times and for at least <paramref name="minimum"/>,
    /// untimed, so that the runtime has compiled the hot code with full optimisation before anything is timed (the
    /// first passes run partly unoptimised code, and on a small folder a few passes end before the optimising
    /// compiler, which works in the background, has caught up).
    /// </summary>
    public void WarmUp(int passes, TimeSpan minimum)
    {
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < passes || clock.Elapsed < minimum; i++)
        {
            foreach (byte[] p in _pages) _cleaner.Clean(p);
        }
    }

    /// <summary>
    /// Seconds per pass over the folder with <paramref name="threads"/> threads (median of passes). Each timed pass
    /// cleans the folder <see cref="ParallelRounds"/> times over as one stream, the threads taking the next page as
    /// they come free: on a small folder, a pass of one round ends with a thread idle while the other finishes the
    /// last large page, which measures the folder's length rather than the throughput a long run gets.
    /// </summary>
    public double MeasureParallel(int threads, int passes)
    {
        int rounds = ParallelRounds;
        int total = _pages.Count * rounds;
        double seconds = Median(passes, () =>
        {
            int next = -1;
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ =>
            {
                for (int i = Interlocked.Increment(ref next); i < total; i = Interlocked.Increment(ref next)) _cleaner.Clean(_pages[i % _pages.Count]);
            });
        });
        return seconds / rounds;
    }

    /// <summary>How many times a parallel pass cleans the folder: enough for at least <see cref="MinimumParallelPages"/> pages.</summary>
    public int ParallelRounds => Math.Max(1, (MinimumParallelPages + _pages.Count - 1) / _pages.Count);

    private const int MinimumParallelPages = 400;

    private static double Median(int passes, Action pass)
    {
        pass();
        var times = new double[passes];
        for (int i = 0; i < passes; i++)
        {
            var clock = Stopwatch.StartNew();
            pass();
            times[i] = clock.Elapsed.TotalSeconds;
        }
        Array.Sort(times);
        return times[passes / 2];
    }
}
