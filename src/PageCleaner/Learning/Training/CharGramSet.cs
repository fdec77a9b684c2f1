using PageCleaner.Text;

namespace PageCleaner.Learning.Training;

/// <summary>
/// The character 5-grams of a text with all whitespace removed, hashed: what block-to-text alignment compares.
/// Removing whitespace makes the comparison blind to how a block's spacing differs from the expected text's.
/// </summary>
internal sealed class CharGramSet
{
    public const int N = 5;
    private readonly HashSet<ulong> _grams = [];

    public CharGramSet(string text)
    {
        Squeezed = Squeeze(text);
        foreach (ulong g in Grams(Squeezed)) _grams.Add(g);
    }

    /// <summary>The text without whitespace.</summary>
    public string Squeezed { get; }

    /// <summary>
    /// Share of the 5-grams of <paramref name="s"/> (a text already <see cref="Squeeze"/>d) found here; for texts
    /// under 5 characters, 1 when contained, else 0.
    /// </summary>
    public double SqueezedCoverage(string s)
    {
        if (s.Length == 0) return 0;
        if (s.Length < N) return Squeezed.Contains(s, StringComparison.Ordinal) ? 1 : 0;
        int total = 0, hits = 0;
        foreach (ulong g in Grams(s))
        {
            total++;
            if (_grams.Contains(g)) hits++;
        }
        return hits / (double)total;
    }

    public static string Squeeze(string text)
    {
        var chars = new char[text.Length];
        int n = 0;
        foreach (char c in text)
        {
            if (!CharClass.IsSpace(c)) chars[n++] = c;
        }
        return new string(chars, 0, n);
    }

    private static IEnumerable<ulong> Grams(string s)
    {
        for (int i = 0; i + N <= s.Length; i++)
        {
            // FNV-1a over the 5 chars; collisions are negligible at page sizes.
            ulong h = 14695981039346656037;
            for (int k = 0; k < N; k++)
            {
                h ^= s[i + k];
                h *= 1099511628211;
            }
            yield return h;
        }
    }
}
