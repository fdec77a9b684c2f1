using PageCleaner.Features;

namespace PageCleaner.Learning;

/// <summary>
/// Two models in a row: the first scores each block from its own features; the second sees the same features plus
/// <see cref="ContextFeatures"/> computed from the first model's scores of the neighbours, the container and the page.
/// </summary>
internal sealed class StackedBlockClassifier : IBlockClassifier
{
    private readonly IRowScorer _first, _second;

    public StackedBlockClassifier(IRowScorer first, IRowScorer second, FeatureSchema schema)
    {
        if (first.Width != schema.Count || second.Width != schema.Count + ContextFeatures.Definitions.Count)
            throw new ArgumentException("model widths do not match the feature schema");
        _first = first;
        _second = second;
        Schema = schema;
    }

    public FeatureSchema Schema { get; }

    public IRowScorer First => _first;

    public IRowScorer Second => _second;

    public void Predict(PageAnalysis page, ReadOnlySpan<float> matrix, Span<float> probabilities)
    {
        int n = page.Blocks.Count;
        var firstStage = new float[n * BlockLabels.Count];
        _first.Score(matrix, n, firstStage);
        float[] stacked = StackedRows(page, matrix, firstStage, Schema.Count);
        _second.Score(stacked, n, probabilities);
    }

    /// <summary>Each block's base row followed by its context features.</summary>
    public static float[] StackedRows(PageAnalysis page, ReadOnlySpan<float> matrix, ReadOnlySpan<float> firstStage, int baseWidth)
    {
        int n = page.Blocks.Count, extra = ContextFeatures.Definitions.Count, width = baseWidth + extra;
        var context = new float[n * extra];
        ContextFeatures.Extract(page, firstStage, context);
        var stacked = new float[n * width];
        for (int i = 0; i < n; i++)
        {
            matrix.Slice(i * baseWidth, baseWidth).CopyTo(stacked.AsSpan(i * width, baseWidth));
            context.AsSpan(i * extra, extra).CopyTo(stacked.AsSpan(i * width + baseWidth, extra));
        }
        return stacked;
    }
}
