using PageCleaner.Buffers;
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

    public void Predict(PageAnalysis page, ReadOnlySpan<float> matrix, Span<float> probabilities, PageDeadline deadline = default)
    {
        int n = page.Blocks.Count;
        var firstStage = new float[n * BlockLabels.Count];
        ScoreInChunks(_first, matrix, n, firstStage, deadline);
        deadline.Check();
        // The stacked rows (a few hundred KB on a large page) live only while the second stage scores them: a pooled
        // buffer spares the large-object heap one array per page.
        float[] stacked = PooledArrays.Rent<float>(n * _second.Width);
        try
        {
            WriteStackedRows(page, matrix, firstStage, Schema.Count, stacked);
            ScoreInChunks(_second, stacked.AsSpan(0, n * _second.Width), n, probabilities, deadline);
        }
        finally
        {
            PooledArrays.Return(stacked);
        }
    }

    // Rows are scored independently, so scoring a few thousand at a time gives the same numbers and lets a huge
    // page stop at its time limit.
    private static void ScoreInChunks(IRowScorer scorer, ReadOnlySpan<float> matrix, int rows, Span<float> probabilities, PageDeadline deadline)
    {
        const int Chunk = 4096;
        int width = scorer.Width;
        for (int start = 0; start < rows; start += Chunk)
        {
            if (start > 0) deadline.Check();
            int count = Math.Min(Chunk, rows - start);
            scorer.Score(matrix.Slice(start * width, count * width), count, probabilities.Slice(start * BlockLabels.Count, count * BlockLabels.Count));
        }
    }

    /// <summary>Each block's base row followed by its context features.</summary>
    public static float[] StackedRows(PageAnalysis page, ReadOnlySpan<float> matrix, ReadOnlySpan<float> firstStage, int baseWidth)
    {
        var stacked = new float[page.Blocks.Count * (baseWidth + ContextFeatures.Definitions.Count)];
        WriteStackedRows(page, matrix, firstStage, baseWidth, stacked);
        return stacked;
    }

    /// <summary>Writes every value of the stacked rows into the first blocks x (base width + context) of <paramref name="stacked"/>.</summary>
    private static void WriteStackedRows(PageAnalysis page, ReadOnlySpan<float> matrix, ReadOnlySpan<float> firstStage, int baseWidth, Span<float> stacked)
    {
        int n = page.Blocks.Count, extra = ContextFeatures.Definitions.Count, width = baseWidth + extra;
        // Pooled like the stacked rows: a large page's context features would be an array on the large-object heap.
        float[] rented = PooledArrays.Rent<float>(n * extra);
        try
        {
            Span<float> context = rented.AsSpan(0, n * extra);
            context.Clear();
            ContextFeatures.Extract(page, firstStage, context);
            for (int i = 0; i < n; i++)
            {
                matrix.Slice(i * baseWidth, baseWidth).CopyTo(stacked.Slice(i * width, baseWidth));
                context.Slice(i * extra, extra).CopyTo(stacked.Slice(i * width + baseWidth, extra));
            }
        }
        finally
        {
            PooledArrays.Return(rented);
        }
    }
}
