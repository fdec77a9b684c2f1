namespace PageCleaner.Learning;

/// <summary>Turns a block's label probabilities into its label.</summary>
internal static class BlockDecision
{
    /// <summary>The most probable label; ties go to the lower label (content before boilerplate before spam).</summary>
    public static BlockLabel ArgMax(ReadOnlySpan<float> probabilities)
    {
        int best = 0;
        for (int i = 1; i < probabilities.Length; i++)
        {
            if (probabilities[i] > probabilities[best]) best = i;
        }
        return (BlockLabel)best;
    }
}
