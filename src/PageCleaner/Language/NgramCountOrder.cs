namespace PageCleaner.Language;

/// <summary>Most frequent first; equal counts by hash, so the ranking of a text never depends on anything else.</summary>
internal readonly struct NgramCountOrder : IComparer<NgramCount>
{
    public int Compare(NgramCount x, NgramCount y) => x.Count != y.Count ? y.Count.CompareTo(x.Count) : x.Hash.CompareTo(y.Hash);
}
