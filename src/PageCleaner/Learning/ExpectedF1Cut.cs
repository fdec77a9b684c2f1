namespace PageCleaner.Learning;

/// <summary>
/// The content threshold that maximises a page's expected text F1. Keeping a set S of blocks, each with content
/// probability p and size c (non-whitespace characters), expects an F1 of about 2·Σ_S p·c / (Σ_S c + Σ_all p·c):
/// expected overlap over the expected sizes of the two texts, the sum over all leaving out blocks under
/// <see cref="Floor"/>. The best S is always the blocks above some probability, so the cut is found by trying the
/// blocks in falling order of p. At the optimum the cut is half the expected F1 (the
/// plug-in rule for F-measures: Lewis 1995; Ye, Chai, Lee and Chieu 2012): just under 0.5 on a page whose article is
/// sure, lower on a page where it is doubtful, where a block that may well be content adds more expected overlap
/// than length. The measures the cleaner is judged by are exactly such per-page F1s of text overlap.
/// </summary>
internal static class ExpectedF1Cut
{
    /// <summary>
    /// A block the model gives less than this chance of being content is taken for furniture: never kept, whatever it
    /// would add, so a page of furniture alone comes out empty rather than as its least unlikely lines; and not counted
    /// in the page's expected content either. The model's small probabilities do not add up: a forum page of a hundred
    /// replies at 0.1 would otherwise expect more unseen content than its one sure post holds, and lower the cut until
    /// doubtful blocks get in. 0.2 is the middle of the plateau measured on seven models (README, *Content cut*).
    /// </summary>
    public const float Floor = 0.2f;

    /// <summary>
    /// The lowest content probability kept: candidates at or above it are content. Blocks of equal probability are
    /// kept or dropped together, so the cut does not depend on their order. <see cref="float.PositiveInfinity"/> when
    /// no candidate reaches <see cref="Floor"/>.
    /// </summary>
    /// <param name="probability">Content probability of each candidate block (the page's visible blocks that are not spam).</param>
    /// <param name="size">Size of each candidate (non-whitespace characters), same order.</param>
    public static float Threshold(ReadOnlySpan<float> probability, ReadOnlySpan<int> size)
    {
        if (probability.Length != size.Length) throw new ArgumentException("one size per probability", nameof(size));
        int n = probability.Length;
        var keys = new float[n];
        var weights = new double[n];
        double expectedTruth = 0;
        for (int i = 0; i < n; i++)
        {
            keys[i] = -probability[i];
            // +1: a block of punctuation alone still counts a little, as it does in the training weights.
            weights[i] = size[i] + 1;
            if (probability[i] >= Floor) expectedTruth += probability[i] * weights[i];
        }
        Array.Sort(keys, weights);

        double overlap = 0, kept = 0, best = 0;
        float cut = float.PositiveInfinity;
        for (int i = 0; i < n; i++)
        {
            float p = -keys[i];
            if (p < Floor) break;
            overlap += p * weights[i];
            kept += weights[i];
            // Ties go in together: score the set only after the last block of equal probability.
            if (i + 1 < n && keys[i + 1] == keys[i]) continue;
            double f1 = 2 * overlap / (kept + expectedTruth);
            if (f1 > best)
            {
                best = f1;
                cut = p;
            }
        }
        return cut;
    }
}
