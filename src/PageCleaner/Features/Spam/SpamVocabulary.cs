using PageCleaner.Buffers;
using PageCleaner.Text;

namespace PageCleaner.Features.Spam;

/// <summary>What <see cref="SpamVocabulary"/> found in a text.</summary>
/// <param name="Hits">Terms found per <see cref="SpamCategory"/> (indexed by its value).</param>
/// <param name="MatchedChars">Characters covered by the terms found.</param>
/// <param name="ScannedChars">Characters searched (the start of a long text).</param>
internal readonly record struct SpamVocabularyHits(int[] Hits, int MatchedChars, int ScannedChars)
{
    public int Total
    {
        get
        {
            int n = 0;
            foreach (int h in Hits) n += h;
            return n;
        }
    }

    /// <summary>Number of categories with at least one term.</summary>
    public int Categories
    {
        get
        {
            int n = 0;
            foreach (int h in Hits)
            {
                if (h > 0) n++;
            }
            return n;
        }
    }
}

/// <summary>
/// Counts the terms of <see cref="SpamTerms"/> in a text, case-insensitively, in linear time: where a term may start,
/// a walk of the terms' trie (<see cref="PhraseTrie"/>) finds those that do, whose word boundaries are then checked.
/// </summary>
internal static class SpamVocabulary
{
    public const int CategoryCount = 6;

    /// <summary>Characters searched per text: spam blocks show their words early, and long articles cost time.</summary>
    public const int MaxScannedChars = 4000;

    private static readonly PhraseTrie Trie;
    private static readonly string[] Terms;
    private static readonly SpamCategory[] Categories;

    static SpamVocabulary()
    {
        var seen = new Dictionary<string, SpamCategory>(StringComparer.Ordinal);
        foreach (var (category, terms) in SpamTerms.All)
        {
            foreach (string t in terms)
            {
                string term = t.ToLowerInvariant();
                seen.TryAdd(term, category);
            }
        }
        Terms = [.. seen.Keys.Order(StringComparer.Ordinal)];
        Categories = [.. Terms.Select(t => seen[t])];
        Trie = new PhraseTrie(Terms);
    }

    /// <summary>Counts the spam terms in the first <see cref="MaxScannedChars"/> characters of <paramref name="text"/>.</summary>
    public static SpamVocabularyHits Scan(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxScannedChars) text = text[..MaxScannedChars];
        var hits = new int[CategoryCount];
        if (text.IsEmpty) return new SpamVocabularyHits(hits, 0, 0);
        char[]? rented = text.Length > 1024 ? PooledArrays.Rent<char>(text.Length) : null;
        Span<char> lower = rented is null ? stackalloc char[text.Length] : rented.AsSpan(0, text.Length);
        InvariantLowerCase.Lower(text, lower);
        int matched = 0, pos = 0;
        Span<int> found = stackalloc int[Trie.MaxLength];
        // Every position where a term could start is tried, in order; where none starts, MatchAt finds nothing, so
        // this counts what a search for the next full occurrence would (the runtime's multi-string search takes a
        // slow per-character dictionary path for these non-ASCII terms).
        while (pos < lower.Length)
        {
            // Inside a word of a script written with spaces no term can start: one beginning with this letter would
            // need a word boundary before it (MatchAt would turn every candidate down).
            if (pos > 0 && NeedsBoundary(lower[pos]) && char.IsLetterOrDigit(lower[pos - 1]))
            {
                pos++;
                continue;
            }
            if (!Trie.MayStartAt(lower, pos))
            {
                pos++;
                continue;
            }
            int length = MatchAt(lower, pos, found, out SpamCategory category);
            if (length > 0)
            {
                hits[(int)category]++;
                matched += length;
                pos += length;
            }
            else
            {
                pos++;
            }
        }
        if (rented is not null) PooledArrays.Return(rented);
        return new SpamVocabularyHits(hits, matched, text.Length);
    }

    // The length of the longest term at pos that stands as a word (0 when none does); found is room for the trie's matches.
    private static int MatchAt(ReadOnlySpan<char> lower, int pos, Span<int> found, out SpamCategory category)
    {
        category = default;
        int n = Trie.MatchesAt(lower, pos, found);
        // Longest first, so "online casino" wins over "casino" at the same place.
        for (int k = n - 1; k >= 0; k--)
        {
            string term = Terms[found[k]];
            if (NeedsBoundary(term[0]) && pos > 0 && char.IsLetterOrDigit(lower[pos - 1])) continue;
            int end = pos + term.Length;
            if (NeedsBoundary(term[^1]) && end < lower.Length && char.IsLetterOrDigit(lower[end]))
            {
                // A plural: "payday loans".
                bool plural = lower[end] == 's' && (end + 1 >= lower.Length || !char.IsLetterOrDigit(lower[end + 1]));
                if (!plural) continue;
                category = Categories[found[k]];
                return term.Length + 1;
            }
            category = Categories[found[k]];
            return term.Length;
        }
        return 0;
    }

    // Alphabetic scripts written with spaces (Latin, Vietnamese, Cyrillic, Greek, Turkish) match whole words; Thai,
    // Han, kana and Hangul (whose words take particles without a space) match anywhere.
    private static bool NeedsBoundary(char c) => char.IsLetterOrDigit(c) && (c < 0x0E00 || c is >= '\u1E00' and <= '\u1EFF');
}
