namespace PageCleaner.Learning;

/// <summary>Scores feature rows of a fixed width with label probabilities. Implementations are thread-safe.</summary>
internal interface IRowScorer
{
    /// <summary>Number of features per row.</summary>
    int Width { get; }

    /// <summary>Writes the label probabilities of each row (<see cref="BlockLabels.Count"/> per row, in <see cref="BlockLabel"/> order).</summary>
    void Score(ReadOnlySpan<float> matrix, int rows, Span<float> probabilities) => Score(matrix, rows, Width, probabilities);

    /// <summary>
    /// As <see cref="Score(ReadOnlySpan{float}, int, Span{float})"/>, for rows that start every <paramref name="stride"/>
    /// values (at least <see cref="Width"/>): the first stage reads its columns out of the second stage's wider rows.
    /// </summary>
    void Score(ReadOnlySpan<float> matrix, int rows, int stride, Span<float> probabilities);
}
