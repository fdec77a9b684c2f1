namespace PageCleaner.Features;

/// <summary>
/// Finds which groups of phrases occur in a lower-cased text, in one pass: the phrases are indexed by their first
/// character, so each position of the text costs one table look-up, and a phrase is compared only where its first
/// character stands. (The runtime's multi-string search takes a slow dictionary path for non-ASCII phrases and would
/// need one pass per group.)
/// </summary>
internal sealed class CuePhraseIndex
{
    private readonly Candidate[]?[] _byChar = new Candidate[]?[char.MaxValue + 1];
    private readonly int _allGroups;

    /// <param name="groups">The phrases of each group, already lower-cased; group g sets bit g of the result.</param>
    public CuePhraseIndex(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        // A phrase listed in several groups is compared once and sets all their bits.
        var masks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int g = 0; g < groups.Count; g++)
        {
            foreach (string phrase in groups[g])
            {
                if (phrase.Length == 0) continue;
                masks[phrase] = masks.GetValueOrDefault(phrase) | (1 << g);
            }
            _allGroups |= 1 << g;
        }
        foreach (var (phrase, mask) in masks.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            ref Candidate[]? slot = ref _byChar[phrase[0]];
            slot = [.. slot ?? [], new Candidate(phrase, mask)];
        }
    }

    /// <summary>The groups with a phrase somewhere in <paramref name="lower"/>, as a bit set.</summary>
    public int Match(ReadOnlySpan<char> lower)
    {
        int found = 0;
        for (int i = 0; i < lower.Length; i++)
        {
            Candidate[]? candidates = _byChar[lower[i]];
            if (candidates is null) continue;
            ReadOnlySpan<char> rest = lower[i..];
            foreach (Candidate c in candidates)
            {
                if ((c.Mask & ~found) != 0 && rest.StartsWith(c.Phrase, StringComparison.Ordinal))
                {
                    found |= c.Mask;
                    if (found == _allGroups) return found;
                }
            }
        }
        return found;
    }

    private readonly record struct Candidate(string Phrase, int Mask);
}
