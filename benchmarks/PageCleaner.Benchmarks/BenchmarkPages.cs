namespace PageCleaner.Benchmarks;

/// <summary>The pages a benchmark runs over: PAGECLEANER_BENCH_PAGES, or the repository's examples/ folder.</summary>
internal static class BenchmarkPages
{
    public static List<byte[]> Load(int max = 200)
    {
        string? folder = Environment.GetEnvironmentVariable("PAGECLEANER_BENCH_PAGES");
        folder ??= FindExamples();
        var pages = new List<byte[]>();
        foreach (string file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && !file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) continue;
            pages.Add(File.ReadAllBytes(file));
            if (pages.Count == max) break;
        }
        return pages;
    }

    private static string FindExamples()
    {
        for (string? dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            string candidate = Path.Combine(dir, "examples");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir, "PageCleaner.sln"))) return candidate;
        }
        throw new DirectoryNotFoundException("examples/ not found; set PAGECLEANER_BENCH_PAGES");
    }
}
