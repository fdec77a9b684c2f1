namespace PageCleaner.Documents;

/// <summary>Checks a declared charset against the bytes; pages often declare one encoding and are in another.</summary>
internal static class CharsetDeclarationCheck
{
    /// <summary>Below this many non-ASCII bytes the scores are too noisy to overrule a declaration.</summary>
    private const int MinBytesToOverrule = 32;

    /// <summary>Why the declaration is wrong, or null when the bytes agree with it.</summary>
    public static string? FindProblem(CharsetDeclaration declaration, ReadOnlySpan<byte> bytes, bool isAscii, bool isUtf8, CharsetEvidenceCache cache)
    {
        string declared = $"declared {declaration.Label} in {declaration.Source}";
        if (declaration.Target.IsUtf8) return isUtf8 ? null : $"{declared}, but the bytes are not valid UTF-8";
        if (isAscii) return null;
        if (isUtf8) return $"{declared}, but the bytes are valid UTF-8";
        EncodingSample sample = cache.GetSample(bytes);
        if (HasManyInvalid(declaration.Target, sample)) return $"{declared}, but decoding with it gives many invalid characters";
        EncodingCandidate? candidate = EncodingCandidate.ForCodePage(declaration.Target.CodePage);
        if (candidate is null || sample.NonAsciiBytes < MinBytesToOverrule) return null;
        // A valid decoding can still be nonsense (GBK bytes read as windows-1252): overrule only on a clear verdict.
        EncodingScore[] scores = cache.GetScores(bytes);
        EncodingScore best = scores[0];
        if (best.Candidate == candidate || best.Score <= 0.8) return null;
        foreach (EncodingScore score in scores)
        {
            if (score.Candidate == candidate && score.Score < 0) return $"{declared}, but the bytes do not read as {declaration.Target.Name}";
        }
        return null;
    }

    /// <summary>U+FFFD and C1 controls count fully, private-use characters half (Big5-HKSCS pages legitimately have some).</summary>
    private static bool HasManyInvalid(CharsetTarget target, EncodingSample sample)
    {
        string text = CharsetEncodings.GetString(target.CodePage, sample.Bytes);
        int nonAscii = 0;
        double bad = 0;
        foreach (char c in text)
        {
            if (c < 0x80) continue;
            nonAscii++;
            if (c == '\uFFFD' || CharsetScripts.IsC1Control(c)) bad += 1;
            else if (CharsetScripts.IsPrivateUse(c)) bad += 0.5;
        }
        return bad >= 2 && bad * 50 > nonAscii;
    }
}
