using PageCleaner.Language;

namespace PageCleaner.Tests.Language;

/// <summary>The language texts of the repository (tools/language-texts), found from the test's folder.</summary>
internal static class RepositoryTexts
{
    public static string Root { get; } = FindRoot();

    public static string TrainFolder => Path.Combine(Root, "tools", "language-texts", "train");

    public static string TestFolder => Path.Combine(Root, "tools", "language-texts", "test");

    public static List<LanguageTrainingText> TestTexts() => LanguageTextFolder.ReadTests(TestFolder, "test");

    private static string FindRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "PageCleaner.sln"))) dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("PageCleaner.sln not found above " + AppContext.BaseDirectory);
    }
}
