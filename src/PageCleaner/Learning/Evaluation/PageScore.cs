namespace PageCleaner.Learning.Evaluation;

/// <summary>Text-level scores of one evaluated page.</summary>
internal sealed record PageScore(string Source, TextMetrics.ShingleCounts Shingles, double BagOfWordsF1, double CharFiveF1);
