namespace PageCleaner.SpamInjection.Tests;

/// <summary>The repository checkout the tests run in (found by walking up to PageCleaner.sln).</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PageCleaner.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("PageCleaner.sln not found above " + AppContext.BaseDirectory);
    }
}
