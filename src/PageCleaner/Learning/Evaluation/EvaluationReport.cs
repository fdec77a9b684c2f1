namespace PageCleaner.Learning.Evaluation;

/// <summary>What <see cref="Evaluator"/> measured: block labels against the samples' labels, clean text against the expected text.</summary>
internal sealed class EvaluationReport
{
    public ConfusionMatrix Blocks { get; } = new();
    public int PagesWithLabels { get; set; }
    public List<PageScore> Pages { get; } = [];

    public (double Precision, double Recall, double F1) Shingle4 => TextMetrics.ShingleScore(Pages.Select(p => p.Shingles).ToList());

    public double BagOfWordsF1 => Pages.Count == 0 ? double.NaN : Pages.Average(p => p.BagOfWordsF1);

    public double CharFiveF1 => Pages.Count == 0 ? double.NaN : Pages.Average(p => p.CharFiveF1);

    /// <summary>The pages with the lowest char5 F1 (ties by name).</summary>
    public IEnumerable<PageScore> Worst(int count) =>
        Pages.OrderBy(p => p.CharFiveF1).ThenBy(p => p.Source, StringComparer.Ordinal).Take(count);
}
