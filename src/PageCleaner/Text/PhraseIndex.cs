namespace PageCleaner.Text;

/// <summary>
/// Finds which groups of phrases occur in a text, in one pass: the phrases are indexed by their first character, so
/// each position of the text costs one table look-up, and a phrase is compared (ordinally) only where its first
/// character stands. The runtime's multi-string search takes a slow dictionary path for non-ASCII phrases and
/// would need one pass per group.
/// </summary>
internal sealed class PhraseIndex
{
    private readonly Candidate[]?[] _byChar;
    private readonly CharPairFilter _starts;
    private readonly int _allGroups;

    /// <param name="groups">The phrases of each group, as they must appear in the text; group g sets bit g of the result (32 groups at most).</param>
    public PhraseIndex(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        // A phrase listed in several groups is compared once and sets all their bits.
        var masks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int g = 0; g < groups.Count; g++)
        {
            foreach (string phrase in groups[g])
            {
                if (phrase.Length > 0) masks[phrase] = masks.GetValueOrDefault(phrase) | (1 << g);
            }
            _allGroups |= 1 << g;
        }
        int lastFirstChar = masks.Count == 0 ? 0 : masks.Keys.Max(p => p[0]);
        _byChar = new Candidate[]?[lastFirstChar + 1];
        _starts = new CharPairFilter(masks.Keys);
        foreach (var (phrase, mask) in masks.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            ref Candidate[]? slot = ref _byChar[phrase[0]];
            slot = [.. slot ?? [], new Candidate(phrase, mask)];
        }
    }

    /// <summary>The groups with a phrase somewhere in <paramref name="text"/>, as a bit set.</summary>
    public int Match(ReadOnlySpan<char> text)
    {
        int found = 0;
        Candidate[]?[] byChar = _byChar;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= byChar.Length || byChar[c] is not Candidate[] candidates || !_starts.MayStartAt(text, i)) continue;
            ReadOnlySpan<char> rest = text[i..];
            foreach (Candidate candidate in candidates)
            {
                // Most candidates differ in their second character: look at it before comparing the whole phrase.
                string phrase = candidate.Phrase;
                if (phrase.Length > rest.Length || (phrase.Length > 1 && phrase[1] != rest[1])) continue;
                if ((candidate.Mask & ~found) != 0 && rest.StartsWith(phrase, StringComparison.Ordinal))
                {
                    found |= candidate.Mask;
                    if (found == _allGroups) return found;
                }
            }
        }
        return found;
    }

    private readonly record struct Candidate(string Phrase, int Mask);
}
