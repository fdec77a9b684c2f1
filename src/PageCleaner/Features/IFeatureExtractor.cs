namespace PageCleaner.Features;

/// <summary>A family of features: declares its columns and fills them for one block at a time.</summary>
internal interface IFeatureExtractor
{
    /// <summary>The columns this extractor fills, in order.</summary>
    IReadOnlyList<FeatureDefinition> Features { get; }

    /// <summary>Writes the values for block <paramref name="block"/> into <paramref name="row"/>, which is exactly <see cref="Features"/> long.</summary>
    void Extract(PageAnalysis page, int block, Span<float> row);
}
