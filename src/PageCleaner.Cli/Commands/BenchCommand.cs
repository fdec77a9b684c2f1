using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using PageCleaner.Cli.Benchmarking;
using PageCleaner.Cli.Inputs;

namespace PageCleaner.Cli.Commands;

/// <summary>
/// <c>pagecleaner bench DIR</c>: throughput of each stage on one thread, of the whole clean on all threads, and peak
/// memory, over a folder of pages, with HtmlAgilityPack's parse-only rate measured in the same run as the reference.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(ConsoleStreams io)
    {
        var folder = new Argument<string>("folder") { Description = "A folder of pages (*.html, *.htm, *.txt, recursive)." };
        var passes = new Option<int>("--passes") { Description = "Timed passes per stage (the median is reported).", DefaultValueFactory = _ => 3 };
        var limit = new Option<int>("--max-pages") { Description = "Use at most this many pages.", DefaultValueFactory = _ => 1000 };
        var command = new Command("bench", "Measure pages/s and MB/s per stage (one thread) and end to end (all threads), with the parser's own rate as reference.")
        {
            folder, passes, limit,
        };
        command.SetAction(parse => Run(parse.GetValue(folder)!, Math.Max(1, parse.GetValue(passes)), parse.GetValue(limit), io));
        return command;
    }

    private static int Run(string folder, int passes, int limit, ConsoleStreams io)
    {
        var (items, problems) = InputCollector.Collect([folder], io);
        foreach (string p in problems) io.Error.WriteLine("pagecleaner: " + p);
        var pages = items.Where(i => i.FullPath is not null).Take(limit).Select(i => File.ReadAllBytes(i.FullPath!)).ToList();
        if (pages.Count == 0) return ExitCodes.SomeFailed;
        double megabytes = pages.Sum(p => (long)p.Length) / 1048576.0;
        // Cold start: the model is loaded and the first page cleaned before anything else has warmed up.
        var cold = Stopwatch.StartNew();
        Cleaner cleaner = Cleaner.CreateDefault();
        cleaner.Clean(pages[0]);
        double coldMs = cold.Elapsed.TotalMilliseconds;
        double sinceStartMs = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
        var timer = new StageTimer(pages, cleaner);
        io.Error.WriteLine($"pagecleaner: timing {pages.Count} pages ({megabytes:0.0} MB), {passes} passes per stage");
        // Whole cleans first (after a warm-up, so both sides of the scaling figure run optimised code): the peak memory
        // read after them is what cleaning needs (plus the pages held here); the stage timing that follows keeps every
        // page parsed at once and would hide it.
        timer.WarmUp(3, TimeSpan.FromSeconds(3));
        (double one, double all) = timer.MeasureScaling(Environment.ProcessorCount, passes);
        double cleaningPeakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        StageTimer.StageTimes t = timer.Measure(passes);
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(c, $"{pages.Count} pages, {megabytes:0.0} MB, median of {passes} passes ({timer.ParallelRounds} rounds of the folder per pass on {Environment.ProcessorCount} threads)\n");
        sb.Append("stage                        pages/s     MB/s\n");
        void Row(string name, double seconds) => sb.Append(c, $"{name,-26} {pages.Count / seconds,9:0.0} {megabytes / seconds,8:0.00}\n");
        Row("decode", t.Decode);
        Row("parse only (HtmlAgilityPack)", t.ParseOnly);
        Row("parse (our parser)", t.OwnParse);
        Row("load (decode+parse)", t.Load);
        Row("segment", t.Segment);
        Row("features", t.Features);
        Row("classify", t.Classify);
        Row("end to end, 1 thread", t.EndToEnd);
        Row($"end to end, {Environment.ProcessorCount} threads", all);
        sb.Append(c, $"end to end / parse only: {t.ParseOnly / t.EndToEnd:0.00}; scaling on {Environment.ProcessorCount} threads: {one / all:0.00}x (the same stream of pages on 1 thread: {pages.Count / one:0.0} pages/s)\n");
        sb.Append(c, $"model load + first page: {coldMs:0} ms ({sinceStartMs:0} ms after process start)\n");
        sb.Append(c, $"peak working set while cleaning on {Environment.ProcessorCount} threads: {cleaningPeakMb:0} MB ({megabytes:0.0} MB of pages held in memory)\n");
        io.Output.Write(Encoding.UTF8.GetBytes(sb.ToString()));
        io.Output.Flush();
        return ExitCodes.Success;
    }
}
