namespace PageCleaner.Language;

/// <summary>What <see cref="ChineseVariantClassifier"/> found in a text.</summary>
/// <param name="Variant">The verdict.</param>
/// <param name="SimplifiedChars">Characters only simplified text uses.</param>
/// <param name="TraditionalChars">Characters only traditional text uses.</param>
/// <param name="HanChars">All Han characters seen.</param>
public readonly record struct ChineseVariantEvidence(ChineseVariant Variant, int SimplifiedChars, int TraditionalChars, int HanChars)
{
    /// <summary>The share of variant-specific characters that agree with the verdict (0 when unknown).</summary>
    public double Agreement => Variant switch
    {
        ChineseVariant.Simplified => (double)SimplifiedChars / (SimplifiedChars + TraditionalChars),
        ChineseVariant.Traditional => (double)TraditionalChars / (SimplifiedChars + TraditionalChars),
        _ => 0,
    };
}
