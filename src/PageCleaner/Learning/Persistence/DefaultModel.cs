using PageCleaner.Features;

namespace PageCleaner.Learning.Persistence;

/// <summary>The model embedded in the library (built from models/default.pcmodel), loaded once per process.</summary>
internal static class DefaultModel
{
    public const string ResourceName = "PageCleaner.Models.default.pcmodel";

    private static readonly Lazy<(ModelMetadata, StackedBlockClassifier)> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static (ModelMetadata Metadata, StackedBlockClassifier Classifier) Get() => Loaded.Value;

    private static (ModelMetadata, StackedBlockClassifier) Load()
    {
        using Stream stream = typeof(DefaultModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new ModelFormatException("this build of PageCleaner has no embedded default model; build one with 'pagecleaner train' and rebuild");
        return ModelFile.Read(stream, "embedded default model", FeatureExtractor.Default);
    }
}
