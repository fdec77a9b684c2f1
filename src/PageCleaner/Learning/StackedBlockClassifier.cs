using PageCleaner.Buffers;
using PageCleaner.Features;
using PageCleaner.Learning.Lexical;

namespace PageCleaner.Learning;

/// <summary>
/// Two models in a row (three for text dumps), after a lexical one: the first scores each block from its own features
/// and the lexical model's score of its words (<see cref="LexicalFeature"/>); the second sees the same plus
/// <see cref="ContextFeatures"/> computed from the first model's scores of the neighbours, the container and the
/// page. A text dump, whose lines have no markup to say where the article ends, goes through a third model when the
/// file has one: the second stage's rows again, with the context features computed from the second stage's scores.
/// HTML pages stop at the second: run on them too, the third moved chinese-cwced-dev by +0.001 to +0.016 over four
/// seeds and the other sets by -0.003 to +0.007, for about 5% more time a page (README, "Retrains measured and not
/// taken").
/// </summary>
internal sealed class StackedBlockClassifier : IBlockClassifier
{
    private readonly IRowScorer _first, _second;
    private readonly IRowScorer? _third;

    public StackedBlockClassifier(LexicalModel lexical, IRowScorer first, IRowScorer second, IRowScorer? third, FeatureSchema schema)
    {
        if (first.Width != schema.Count + 1 || second.Width != schema.Count + 1 + ContextFeatures.Definitions.Count || (third is not null && third.Width != second.Width))
            throw new ArgumentException("model widths do not match the feature schema");
        Lexical = lexical;
        _first = first;
        _second = second;
        _third = third;
        Schema = schema;
    }

    public FeatureSchema Schema { get; }

    public LexicalModel Lexical { get; }

    public IRowScorer First => _first;

    public IRowScorer Second => _second;

    /// <summary>The third stage, for text dumps; null when the model has none (it was trained without dumps).</summary>
    public IRowScorer? Third => _third;

    public void Predict(PageAnalysis page, ReadOnlySpan<float> matrix, Span<float> probabilities, PageDeadline deadline = default)
    {
        int n = page.Blocks.Count, baseWidth = Schema.Count, width = _second.Width;
        var firstStage = new float[n * BlockLabels.Count];
        // The second stage's rows (a few hundred KB on a large page) live only while scored: a pooled buffer spares the
        // large-object heap one array per page. The first stage reads its columns (the block features and the lexical
        // score) out of the same rows before the context features are written after them.
        float[] rented = PooledArrays.Rent<float>(n * width);
        try
        {
            Span<float> stacked = rented.AsSpan(0, n * width);
            CopyRows(matrix, baseWidth, n, stacked, width);
            Lexical.WriteColumn(page.Blocks, stacked, width, baseWidth);
            deadline.Check();
            ScoreInChunks(_first, stacked, n, width, firstStage, deadline);
            deadline.Check();
            WriteContext(page, firstStage, baseWidth + 1, stacked);
            ScoreInChunks(_second, stacked, n, width, probabilities, deadline);
            if (_third is not null && page.IsTextDump)
            {
                deadline.Check();
                // The context is made of the second stage's scores before the third stage overwrites them.
                WriteContext(page, probabilities, baseWidth + 1, stacked);
                ScoreInChunks(_third, stacked, n, width, probabilities, deadline);
            }
        }
        finally
        {
            PooledArrays.Return(rented);
        }
    }

    // Rows are scored independently, so scoring a few thousand at a time gives the same numbers and lets a huge
    // page stop at its time limit.
    private static void ScoreInChunks(IRowScorer scorer, ReadOnlySpan<float> matrix, int rows, int stride, Span<float> probabilities, PageDeadline deadline)
    {
        const int Chunk = 4096;
        for (int start = 0; start < rows; start += Chunk)
        {
            if (start > 0) deadline.Check();
            int count = Math.Min(Chunk, rows - start);
            scorer.Score(matrix.Slice(start * stride, count * stride), count, stride, probabilities.Slice(start * BlockLabels.Count, count * BlockLabels.Count));
        }
    }

    /// <summary>Copies <paramref name="rows"/> rows of <paramref name="fromWidth"/> values into the first columns of rows <paramref name="toWidth"/> wide.</summary>
    public static void CopyRows(ReadOnlySpan<float> from, int fromWidth, int rows, Span<float> to, int toWidth)
    {
        for (int i = 0; i < rows; i++) from.Slice(i * fromWidth, fromWidth).CopyTo(to.Slice(i * toWidth, fromWidth));
    }

    /// <summary>Each block's first-stage row followed by its context features.</summary>
    public static float[] StackedRows(PageAnalysis page, ReadOnlySpan<float> firstRows, ReadOnlySpan<float> firstStage, int firstWidth)
    {
        int n = page.Blocks.Count, width = firstWidth + ContextFeatures.Definitions.Count;
        var stacked = new float[n * width];
        CopyRows(firstRows, firstWidth, n, stacked, width);
        WriteContext(page, firstStage, firstWidth, stacked);
        return stacked;
    }

    /// <summary>
    /// Writes each block's context features, made from the previous stage's <paramref name="scores"/>, into its row of
    /// <paramref name="stacked"/>, after its first <paramref name="firstWidth"/> values.
    /// </summary>
    private static void WriteContext(PageAnalysis page, ReadOnlySpan<float> scores, int firstWidth, Span<float> stacked)
    {
        int n = page.Blocks.Count, extra = ContextFeatures.Definitions.Count, width = firstWidth + extra;
        // Pooled like the stacked rows: a large page's context features would be an array on the large-object heap.
        float[] rented = PooledArrays.Rent<float>(n * extra);
        try
        {
            Span<float> context = rented.AsSpan(0, n * extra);
            context.Clear();
            ContextFeatures.Extract(page, scores, context);
            for (int i = 0; i < n; i++) context.Slice(i * extra, extra).CopyTo(stacked.Slice(i * width + firstWidth, extra));
        }
        finally
        {
            PooledArrays.Return(rented);
        }
    }
}
