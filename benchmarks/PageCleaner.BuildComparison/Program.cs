using System.Diagnostics;
using PageCleaner.BuildComparison;

// Times two builds of the library on the same pages in one process, on one thread, the builds taking turns page by
// page (which goes first alternates): on a shared machine whose speed drifts by half from minute to minute, timing one
// build after the other would measure the drift. Prints the milliseconds per page of each and their ratio.
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: PageCleaner.BuildComparison BUILD_A BUILD_B PAGES_DIR [SECONDS]   (a build: a folder holding PageCleaner.dll)");
    return 2;
}
try
{
    CleanPage a = BuildLoader.Load(args[0]), b = BuildLoader.Load(args[1]);
    string[] files = [.. Directory.GetFiles(args[2]).Order(StringComparer.Ordinal)];
    byte[][] pages = [.. files.Select(File.ReadAllBytes)];
    double seconds = args.Length > 3 ? double.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 30;
    if (pages.Length == 0) throw new IOException($"{args[2]}: no pages");

    // Warm-up: both builds compiled with full optimisation before anything is timed.
    var warm = Stopwatch.StartNew();
    while (warm.Elapsed.TotalSeconds < 5)
    {
        foreach (byte[] p in pages)
        {
            a(p, null, default);
            b(p, null, default);
        }
    }
    double timeA = 0, timeB = 0;
    int rounds = 0;
    var total = Stopwatch.StartNew();
    var clock = new Stopwatch();
    while (total.Elapsed.TotalSeconds < seconds)
    {
        rounds++;
        for (int i = 0; i < pages.Length; i++)
        {
            bool aFirst = (rounds + i) % 2 == 0;
            for (int turn = 0; turn < 2; turn++)
            {
                bool runA = (turn == 0) == aFirst;
                clock.Restart();
                (runA ? a : b)(pages[i], null, default);
                if (runA) timeA += clock.Elapsed.TotalMilliseconds;
                else timeB += clock.Elapsed.TotalMilliseconds;
            }
        }
    }
    int cleaned = rounds * pages.Length;
    Console.WriteLine($"{rounds} rounds of {pages.Length} pages: A {timeA / cleaned:F3} ms a page, B {timeB / cleaned:F3} ms a page, B/A {timeB / timeA:F3}");
    return 0;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException or FormatException)
{
    Console.Error.WriteLine($"PageCleaner.BuildComparison: {e.Message}");
    return 1;
}
