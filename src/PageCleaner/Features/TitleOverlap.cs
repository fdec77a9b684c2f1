using PageCleaner.Text;

namespace PageCleaner.Features;

/// <summary>Measures how much of a block's text appears in the page title, on lower-cased character bigrams.</summary>
internal sealed class TitleOverlap
{
    // Titles are short; so are the blocks that repeat them. Longer blocks are not compared (saves work per block).
    private const int MaxBlockChars = 200;
    private readonly HashSet<int> _bigrams;

    private TitleOverlap(HashSet<int> bigrams) => _bigrams = bigrams;

    public static TitleOverlap Empty { get; } = new([]);

    public static TitleOverlap Create(string? title)
    {
        var set = new HashSet<int>();
        if (title is not null) AddBigrams(title, set);
        return new TitleOverlap(set);
    }

    /// <summary>Share of the block's bigrams found in the title (0 for long blocks or no title).</summary>
    public float Score(string text)
    {
        if (_bigrams.Count == 0 || text.Length > MaxBlockChars || text.Length < 2) return 0;
        int total = 0, hits = 0;
        // Each character lowered and tested once, as the second of one pair and the first of the next.
        char a = InvariantLowerCase.Lower(text[0]);
        bool aSpace = char.IsWhiteSpace(a);
        for (int i = 0; i + 1 < text.Length; i++)
        {
            char b = InvariantLowerCase.Lower(text[i + 1]);
            bool bSpace = char.IsWhiteSpace(b);
            if (!aSpace && !bSpace)
            {
                total++;
                if (_bigrams.Contains((a << 16) | b)) hits++;
            }
            a = b;
            aSpace = bSpace;
        }
        return total == 0 ? 0 : hits / (float)total;
    }

    private static void AddBigrams(string s, HashSet<int> set)
    {
        for (int i = 0; i + 1 < s.Length; i++)
        {
            char a = InvariantLowerCase.Lower(s[i]), b = InvariantLowerCase.Lower(s[i + 1]);
            if (!char.IsWhiteSpace(a) && !char.IsWhiteSpace(b)) set.Add((a << 16) | b);
        }
    }
}
