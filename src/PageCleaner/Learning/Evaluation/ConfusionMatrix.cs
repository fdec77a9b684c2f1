using PageCleaner.Learning.Persistence;

namespace PageCleaner.Learning.Evaluation;

/// <summary>Counts of (true label, predicted label) over blocks, and the per-label scores they give.</summary>
internal sealed class ConfusionMatrix
{
    private readonly int[,] _counts = new int[BlockLabels.Count, BlockLabels.Count];

    public void Add(BlockLabel truth, BlockLabel predicted) => _counts[(int)truth, (int)predicted]++;

    public int this[BlockLabel truth, BlockLabel predicted] => _counts[(int)truth, (int)predicted];

    public int Total
    {
        get
        {
            int n = 0;
            foreach (int c in _counts) n += c;
            return n;
        }
    }

    public IReadOnlyList<LabelScore> Scores()
    {
        var scores = new List<LabelScore>();
        for (int l = 0; l < BlockLabels.Count; l++)
        {
            int tp = _counts[l, l], predicted = 0, actual = 0;
            for (int k = 0; k < BlockLabels.Count; k++)
            {
                predicted += _counts[k, l];
                actual += _counts[l, k];
            }
            double p = predicted == 0 ? 0 : tp / (double)predicted;
            double r = actual == 0 ? 0 : tp / (double)actual;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            scores.Add(new LabelScore(BlockLabels.Name((BlockLabel)l), Math.Round(p, 4), Math.Round(r, 4), Math.Round(f, 4), actual));
        }
        return scores;
    }
}
