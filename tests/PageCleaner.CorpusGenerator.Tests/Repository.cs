using PageCleaner.CorpusGenerator.Output;
using PageCleaner.CorpusGenerator.Parts;
using PageCleaner.CorpusGenerator.Planning;

namespace PageCleaner.CorpusGenerator.Tests;

/// <summary>The repository's parts folder and corpora built from it (cached: the parts never change during a run).</summary>
internal static class Repository
{
    public static readonly GeneratorSettings DefaultSettings = new(1, GeneratorSettings.DefaultPages, GeneratorSettings.DefaultDumps, "generated/");

    private static readonly Lazy<string> RootPath = new(FindRoot);
    private static readonly Lazy<PartsLibrary> LoadedParts = new(() => PartsLibrary.Load(Path.Combine(Root, "training-data", "parts")));
    private static readonly Lazy<List<GeneratedFile>> Default = new(() => CorpusBuilder.Build(Parts, DefaultSettings));

    public static string Root => RootPath.Value;

    public static PartsLibrary Parts => LoadedParts.Value;

    /// <summary>The corpus the README's command makes (seed 1, default counts).</summary>
    public static List<GeneratedFile> DefaultCorpus => Default.Value;

    public static List<GeneratedFile> Small(long seed, int pages = 30, int dumps = 12) =>
        CorpusBuilder.Build(Parts, new GeneratorSettings(seed, pages, dumps, "generated/"));

    private static string FindRoot()
    {
        for (string? dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "PageCleaner.sln"))) return dir;
        }
        throw new InvalidOperationException("PageCleaner.sln not found above " + AppContext.BaseDirectory);
    }
}
