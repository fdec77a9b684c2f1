namespace PageCleaner.Text;

/// <summary>
/// Finds which groups of phrases occur in a text, in one pass: where a phrase may start, a walk of the phrases' trie
/// (<see cref="PhraseTrie"/>) names those that do. The runtime's multi-string search takes a slow
/// dictionary path for non-ASCII phrases and would need one pass per group.
/// </summary>
internal sealed class PhraseIndex
{
    private readonly PhraseTrie _trie;
    private readonly int[] _masks;
    private readonly int _allGroups;

    /// <param name="groups">The phrases of each group, as they must appear in the text; group g sets bit g of the result (32 groups at most).</param>
    public PhraseIndex(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        // A phrase listed in several groups is found once and sets all their bits.
        var masks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int g = 0; g < groups.Count; g++)
        {
            foreach (string phrase in groups[g])
            {
                if (phrase.Length > 0) masks[phrase] = masks.GetValueOrDefault(phrase) | (1 << g);
            }
            _allGroups |= 1 << g;
        }
        string[] phrases = [.. masks.Keys.Order(StringComparer.Ordinal)];
        _trie = new PhraseTrie(phrases);
        _masks = [.. phrases.Select(p => masks[p])];
    }

    /// <summary>The groups with a phrase somewhere in <paramref name="text"/>, as a bit set.</summary>
    public int Match(ReadOnlySpan<char> text)
    {
        int found = 0;
        Span<int> phrases = stackalloc int[_trie.MaxLength];
        for (int i = 0; i < text.Length; i++)
        {
            if (!_trie.MayStartAt(text, i)) continue;
            int n = _trie.MatchesAt(text, i, phrases);
            for (int k = 0; k < n; k++) found |= _masks[phrases[k]];
            if (found == _allGroups && n > 0) return found;
        }
        return found;
    }
}
