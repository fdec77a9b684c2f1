namespace PageCleaner.Learning;

/// <summary>
/// The fast scorer used when cleaning: a <see cref="TreeEnsembleScorer"/> and the score slot of each label. It needs
/// nothing of ML.NET at run time.
/// </summary>
internal sealed class CompiledRowScorer : IRowScorer
{
    private readonly TreeEnsembleScorer _trees;
    private readonly int[] _slotOfLabel;

    public CompiledRowScorer(TreeEnsembleScorer trees, int[] slotOfLabel, int width)
    {
        if (slotOfLabel.Length != BlockLabels.Count) throw new ArgumentException("one slot per label", nameof(slotOfLabel));
        _trees = trees;
        _slotOfLabel = slotOfLabel;
        Width = width;
    }

    public int Width { get; }

    public TreeEnsembleScorer Trees => _trees;

    public IReadOnlyList<int> SlotOfLabel => _slotOfLabel;

    public void Score(ReadOnlySpan<float> matrix, int rows, int stride, Span<float> probabilities)
    {
        if (stride < Width) throw new ArgumentException("rows are narrower than the features", nameof(stride));
        if (matrix.Length < rows * stride) throw new ArgumentException("matrix is smaller than rows x stride", nameof(matrix));
        int classes = _trees.Classes;
        var all = new float[rows * classes];
        _trees.ScoreRows(matrix, rows, stride, all);
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> slots = all.AsSpan(r * classes, classes);
            Span<float> target = probabilities.Slice(r * BlockLabels.Count, BlockLabels.Count);
            for (int l = 0; l < BlockLabels.Count; l++)
            {
                int slot = _slotOfLabel[l];
                target[l] = slot >= 0 && slot < slots.Length ? slots[slot] : 0;
            }
        }
    }
}
