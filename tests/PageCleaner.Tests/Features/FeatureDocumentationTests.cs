using PageCleaner.Features;

namespace PageCleaner.Tests.Features;

/// <summary>docs/features.md lists exactly the features the extractor computes.</summary>
public sealed class FeatureDocumentationTests
{
    [Fact]
    public void Docs_features_md_is_the_generated_list()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "PageCleaner.sln"))) dir = Path.GetDirectoryName(dir);
        Assert.NotNull(dir);
        string committed = File.ReadAllText(Path.Combine(dir, "docs", "features.md")).ReplaceLineEndings("\n");
        string generated = FeatureDocumentation.ToMarkdown(FeatureExtractor.Default.StackedSchema);
        Assert.True(committed == generated, "docs/features.md is out of date: regenerate it with 'pagecleaner features > docs/features.md'");
    }

    [Fact]
    public void Every_feature_appears_once_with_its_meaning()
    {
        string md = FeatureDocumentation.ToMarkdown(FeatureExtractor.Default.StackedSchema);
        foreach (FeatureDefinition f in FeatureExtractor.Default.StackedSchema.Features)
        {
            Assert.Contains($"`{f.Name}` | ", md, StringComparison.Ordinal);
        }
    }
}
