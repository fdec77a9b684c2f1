using PageCleaner.Features;

namespace PageCleaner.Learning;

/// <summary>Scores a page's blocks from their feature rows. Implementations are thread-safe.</summary>
internal interface IBlockClassifier
{
    /// <summary>The feature schema the rows must follow (what <see cref="FeatureExtractor"/> computes).</summary>
    FeatureSchema Schema { get; }

    /// <summary>
    /// Writes, for each block of <paramref name="page"/>, the probability of each label (<see cref="BlockLabels.Count"/>
    /// per block, in <see cref="BlockLabel"/> order), from <paramref name="matrix"/> (row-major, one row per block).
    /// <paramref name="deadline"/> is checked every few thousand blocks.
    /// </summary>
    void Predict(PageAnalysis page, ReadOnlySpan<float> matrix, Span<float> probabilities, PageDeadline deadline = default);
}
