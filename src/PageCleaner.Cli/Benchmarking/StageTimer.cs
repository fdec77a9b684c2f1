using System.Diagnostics;
using HtmlAgilityPack;
using PageCleaner.Documents;
using PageCleaner.Features;
using PageCleaner.Markup;
using PageCleaner.Segmentation;

namespace PageCleaner.Cli.Benchmarking;

/// <summary>
/// Times each stage of the pipeline over the same pages on one thread: decoding, HtmlAgilityPack parsing alone (the
/// reference), our parser alone, loading (decode + parse), segmentation, features, classification, and the whole clean.
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

    public sealed record StageTimes(double Decode, double ParseOnly, double OwnParse, double Load, double Segment, double Features, double Classify, double EndToEnd);

    /// <summary>
    /// Seconds per pass for each stage: the median of <paramref name="passes"/> passes after one warm-up. The stages
    /// take turns, one pass each per round, so that all of them are timed over the same minutes: on a shared machine
    /// the speed drifts by half from one minute to the next, and stages timed one after the other would carry that
    /// drift into every ratio between them (end to end against parse only above all).
    /// </summary>
    public StageTimes Measure(int passes)
    {
        var decoded = _pages.Select(p => CharsetDetector.Decode(p, true).Text).ToList();
        var loaded = _pages.Select(p => PageLoader.Load(p, _cleaner.Options)).ToList();
        var segmented = loaded.Select(l => PageReader.Segment(l, _cleaner.Options, false)).ToList();
        var extracted = segmented.Select(s => FeatureExtractor.Default.Extract(s)).ToList();
        double[] t = MediansTakingTurns(passes,
        [
            () => { foreach (byte[] p in _pages) CharsetDetector.Decode(p, true); },
            () => { foreach (string text in decoded) new HtmlDocument().LoadHtml(text); },
            () => { foreach (string text in decoded) MarkupParser.Parse(text); },
            () =>
            {
                // As cleaning loads a page: decoded into a rented buffer, given back when the page is done.
                foreach (byte[] p in _pages) PageLoader.Load(p, _cleaner.Options, rentBuffer: true).Dispose();
            },
            () => { foreach (LoadedPage l in loaded) PageReader.Segment(l, _cleaner.Options, false); },
            () => { foreach (SegmentedPage s in segmented) FeatureExtractor.Default.Extract(s); },
            () =>
            {
                foreach (var (analysis, matrix) in extracted)
                {
                    _cleaner.Classifier.Predict(analysis, matrix, new float[analysis.Blocks.Count * BlockLabels.Count]);
                }
            },
            () => { foreach (byte[] p in _pages) _cleaner.Clean(p); },
        ]);
        return new StageTimes(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7]);
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
    /// Seconds per round of the folder on one thread and on <paramref name="threads"/> threads (medians of passes,
    /// the two taking turns so that both are timed over the same minutes). Each timed pass cleans the folder
    /// <see cref="ParallelRounds"/> times over as one stream, the threads taking the next page as they come free: on
    /// a small folder, a pass of one round ends with a thread idle while the other finishes the last large page, which
    /// measures the folder's length rather than the throughput a long run gets.
    /// </summary>
    public (double OneThread, double AllThreads) MeasureScaling(int threads, int passes)
    {
        int rounds = ParallelRounds;
        double[] seconds = MediansTakingTurns(passes, [() => CleanStream(1), () => CleanStream(threads)]);
        return (seconds[0] / rounds, seconds[1] / rounds);
    }

    private void CleanStream(int threads)
    {
        int total = _pages.Count * ParallelRounds;
        int next = -1;
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ =>
        {
            for (int i = Interlocked.Increment(ref next); i < total; i = Interlocked.Increment(ref next)) _cleaner.Clean(_pages[i % _pages.Count]);
        });
    }

    /// <summary>How many times a parallel pass cleans the folder: enough for at least <see cref="MinimumParallelPages"/> pages.</summary>
    public int ParallelRounds => Math.Max(1, (MinimumParallelPages + _pages.Count - 1) / _pages.Count);

    private const int MinimumParallelPages = 400;

    // Each action once untimed, then passes rounds in which every action runs once, timed; the median per action.
    private static double[] MediansTakingTurns(int passes, Action[] actions)
    {
        foreach (Action a in actions) a();
        var times = new double[actions.Length][];
        for (int k = 0; k < actions.Length; k++) times[k] = new double[passes];
        for (int i = 0; i < passes; i++)
        {
            for (int k = 0; k < actions.Length; k++)
            {
                var clock = Stopwatch.StartNew();
                actions[k]();
                times[k][i] = clock.Elapsed.TotalSeconds;
            }
        }
        var medians = new double[actions.Length];
        for (int k = 0; k < actions.Length; k++)
        {
            Array.Sort(times[k]);
            medians[k] = times[k][passes / 2];
        }
        return medians;
    }
}
