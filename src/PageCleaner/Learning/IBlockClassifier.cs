using PageCleaner.Features;

namespace PageCleaner.Learning;

/// <summary>Scores blocks from their feature rows. Implementations are thread-safe.</summary>
internal interface IBlockClassifier
{
    /// <summary>The feature schema the rows must follow.</summary>
    FeatureSchema Schema { get; }

    /// <summary>
    /// Writes, for each of <paramref name="rows"/> rows of <paramref name="matrix"/> (row-major, <see cref="FeatureSchema.Count"/>
    /// wide), the probability of each label (<see cref="BlockLabels.Count"/> per row, in <see cref="BlockLabel"/> order).
    /// </summary>
    void Predict(ReadOnlySpan<float> matrix, int rows, Span<float> probabilities);
}
