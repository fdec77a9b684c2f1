using System.Text;
using PageCleaner.CorpusGenerator.Randomness;

namespace PageCleaner.CorpusGenerator.Layouts;

/// <summary>
/// Writes pinyin in brackets after some Traditional characters, as content farms that convert Simplified pages do
/// (門(mén), 來(lái)). Each page annotates its own subset of the table's characters, every time they occur.
/// </summary>
internal sealed class PinyinAnnotator
{
    private readonly Dictionary<char, string> _chosen = [];

    public PinyinAnnotator(IReadOnlyDictionary<char, string> table, Rng rng)
    {
        double share = 0.5 + rng.NextDouble() * 0.45;
        var keys = new List<char>(table.Keys);
        keys.Sort();
        foreach (char c in keys)
        {
            if (rng.Chance(share)) _chosen[c] = table[c];
        }
    }

    public string Annotate(string text)
    {
        StringBuilder? sb = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (_chosen.TryGetValue(c, out string? pinyin))
            {
                sb ??= new StringBuilder(text, 0, i, text.Length + 16);
                sb.Append(c).Append('(').Append(pinyin).Append(')');
            }
            else
            {
                sb?.Append(c);
            }
        }
        return sb?.ToString() ?? text;
    }
}
