using PageCleaner.Features;

namespace PageCleaner.Learning.Persistence;

/// <summary>The model embedded in the library (built from models/default.pcmodel), loaded once per process.</summary>
internal static class DefaultModel
{
    public const string ResourceName = "PageCleaner.Models.default.pcmodel";

    private static readonly Lazy<(Lazy<ModelMetadata>, StackedBlockClassifier)> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The model's metadata (deserialized on first use) and classifier.</summary>
    public static (Lazy<ModelMetadata> Metadata, StackedBlockClassifier Classifier) Get() => Loaded.Value;

    private static (Lazy<ModelMetadata>, StackedBlockClassifier) Load()
    {
        using Stream stream = typeof(DefaultModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new ModelFormatException("this build of PageCleaner has no embedded default model; build one with 'pagecleaner train' and rebuild");
        return ModelFile.ReadForCleaning(stream, "embedded default model", FeatureExtractor.Default);
    }
}
