namespace PageCleaner.Language;

/// <summary>
/// Tells Simplified from Traditional Chinese by counting characters that only one standard uses. Most characters are
/// shared (的, 是, 人); about one in five in running text differs (们/們, 国/國, 这/這), which is plenty for a verdict
/// from a line of text.
/// </summary>
public static class ChineseVariantClassifier
{
    /// <summary>Fewest variant-specific characters for a verdict.</summary>
    public const int MinEvidence = 2;

    /// <summary>Share of the variant-specific characters one side needs. Below it the text is mixed: Unknown.</summary>
    public const double MinAgreement = 0.8;

    /// <summary>Counts the variant-specific characters of <paramref name="text"/> and decides.</summary>
    public static ChineseVariantEvidence Classify(ReadOnlySpan<char> text)
    {
        int simplified = 0, traditional = 0, han = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int cp = ScriptClassifier.CodePointAt(text, ref i);
            if (cp < 0x2E80) continue; // nothing below the CJK radicals is Han
            if (ScriptClassifier.GetScript(cp) != UnicodeScript.Han) continue;
            han++;
            if (HanVariantTable.IsSimplifiedOnly(cp)) simplified++;
            else if (HanVariantTable.IsTraditionalOnly(cp)) traditional++;
        }
        return Decide(simplified, traditional, han);
    }

    /// <summary>The verdict for given counts (used to merge the counts of several blocks).</summary>
    public static ChineseVariantEvidence Decide(int simplified, int traditional, int han)
    {
        int evidence = simplified + traditional;
        var variant = ChineseVariant.Unknown;
        if (evidence >= MinEvidence)
        {
            if (simplified >= MinAgreement * evidence) variant = ChineseVariant.Simplified;
            else if (traditional >= MinAgreement * evidence) variant = ChineseVariant.Traditional;
        }
        return new ChineseVariantEvidence(variant, simplified, traditional, han);
    }
}
