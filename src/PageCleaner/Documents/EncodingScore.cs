namespace PageCleaner.Documents;

/// <summary>How plausible a candidate's decoding of the sample is, per non-ASCII byte (higher is better).</summary>
internal readonly record struct EncodingScore(EncodingCandidate Candidate, double Score);
