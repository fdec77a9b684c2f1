namespace PageCleaner.Documents;

/// <summary>The sample and candidate scores of one page, computed at most once whether the declaration check or the guess needs them.</summary>
internal sealed class CharsetEvidenceCache
{
    private EncodingSample? _sample;
    private EncodingScore[]? _scores;

    public EncodingSample GetSample(ReadOnlySpan<byte> bytes) => _sample ??= EncodingSample.From(bytes);

    public EncodingScore[] GetScores(ReadOnlySpan<byte> bytes) => _scores ??= EncodingScorer.ScoreAll(GetSample(bytes));
}
