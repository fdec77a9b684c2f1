using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace PageCleaner.Learning;

/// <summary>
/// One ML.NET model (a LightGBM multiclass tree ensemble) that scores feature rows of a fixed width through ML.NET's
/// prediction engine: the reference the compiled scorer is checked against, and what saves the model. Prediction
/// engines are not thread-safe, so each thread borrows one from a pool (one per thread at most, never one per page).
/// </summary>
internal sealed class MlNetRowScorer : IRowScorer
{
    private readonly MLContext _context;
    private readonly ITransformer _model;
    private readonly ConcurrentBag<PredictionEngine<MlNetRows.BlockRow, MlNetRows.BlockScores>> _engines = [];

    // Score slot of each BlockLabel, read from the model's slot names rather than assumed.
    private readonly int[] _slotOfLabel;

    public MlNetRowScorer(MLContext context, ITransformer model, int width)
    {
        _context = context;
        _model = model;
        Width = width;
        _slotOfLabel = ScoreSlots(context, model, width);
    }

    /// <summary>The score slot of each label (-1 for a label the training data lacked).</summary>
    public IReadOnlyList<int> SlotOfLabel => _slotOfLabel;

    /// <summary>The same model as plain arrays, for fast scoring; null if the model has an unexpected shape.</summary>
    public CompiledRowScorer? Compile() =>
        TreeEnsembleScorer.TryCreate(_model) is TreeEnsembleScorer trees ? new CompiledRowScorer(trees, _slotOfLabel, Width) : null;

    /// <summary>Number of features per row.</summary>
    public int Width { get; }

    public MLContext Context => _context;

    public ITransformer Model => _model;

    /// <summary>Writes the label probabilities of each row (<see cref="BlockLabels.Count"/> per row, in <see cref="BlockLabel"/> order).</summary>
    public void Score(ReadOnlySpan<float> matrix, int rows, Span<float> probabilities) => Score(matrix, rows, Width, probabilities);

    /// <summary>As the other overload, for rows that start every <paramref name="stride"/> values.</summary>
    public void Score(ReadOnlySpan<float> matrix, int rows, int stride, Span<float> probabilities)
    {
        int width = Width;
        if (stride < width) throw new ArgumentException("rows are narrower than the features", nameof(stride));
        if (matrix.Length < rows * stride) throw new ArgumentException("matrix is smaller than rows x stride", nameof(matrix));
        if (!_engines.TryTake(out var engine))
        {
            engine = _context.Model.CreatePredictionEngine<MlNetRows.BlockRow, MlNetRows.BlockScores>(
                _model, ignoreMissingColumns: true, inputSchemaDefinition: MlNetRows.InputSchema(width));
        }
        try
        {
            var row = new MlNetRows.BlockRow { Features = new float[width] };
            var output = new MlNetRows.BlockScores();
            for (int r = 0; r < rows; r++)
            {
                matrix.Slice(r * stride, width).CopyTo(row.Features);
                engine.Predict(row, ref output);
                Span<float> target = probabilities.Slice(r * BlockLabels.Count, BlockLabels.Count);
                Normalize(output.Score, _slotOfLabel, target);
            }
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    private static int[] ScoreSlots(MLContext context, ITransformer model, int featureCount)
    {
        var empty = context.Data.LoadFromEnumerable(Array.Empty<MlNetRows.BlockRow>(), MlNetRows.InputSchema(featureCount));
        DataViewSchema output = model.GetOutputSchema(empty.Schema);
        VBuffer<ReadOnlyMemory<char>> names = default;
        output[MlNetRows.ScoreColumn].GetSlotNames(ref names);
        var slots = new int[BlockLabels.Count];
        Array.Fill(slots, -1);
        int index = 0;
        foreach (ReadOnlyMemory<char> name in names.DenseValues())
        {
            if (BlockLabels.TryParse(name.Span, out BlockLabel label)) slots[(int)label] = index;
            index++;
        }
        return slots;
    }

    // Picks each label's score from its slot (a label the training data lacked scores 0); sums to one.
    private static void Normalize(float[] scores, int[] slotOfLabel, Span<float> target)
    {
        float sum = 0;
        for (int i = 0; i < target.Length; i++)
        {
            int slot = slotOfLabel[i];
            float v = slot >= 0 && slot < scores.Length && float.IsFinite(scores[slot]) ? Math.Max(0, scores[slot]) : 0;
            target[i] = v;
            sum += v;
        }
        if (sum <= 0)
        {
            target.Fill(1f / target.Length);
            return;
        }
        for (int i = 0; i < target.Length; i++) target[i] /= sum;
    }
}
