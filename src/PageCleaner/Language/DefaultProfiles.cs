namespace PageCleaner.Language;

/// <summary>Where the embedded profiles live in the library and in the repository.</summary>
internal static class DefaultProfiles
{
    /// <summary>The manifest resource name (PageCleaner.csproj embeds Language/Profiles/languages.pclang under it).</summary>
    public const string ResourceName = "PageCleaner.Language.languages.pclang";

    /// <summary>The file's path relative to the repository root.</summary>
    public const string RepositoryPath = "src/PageCleaner/Language/Profiles/languages.pclang";
}
