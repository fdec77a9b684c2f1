using System.Globalization;
using System.Text;

namespace PageCleaner.Learning.Evaluation;

/// <summary>
/// Text-level scores of a predicted text against the expected one, defined exactly as the project's reference
/// scorer (score.py) defines them: <b>shingle4</b> (word 4-gram shingles, per-page tp/fp/fn normalised, macro
/// precision and recall, F1 of the two), <b>bow</b> (per-page F1 of lower-cased word multisets, averaged) and
/// <b>char5</b> (per-page F1 of character 5-gram multisets of whitespace-normalised text, averaged). Words are
/// runs of Unicode letters, numbers and '_' (Python's <c>\w+</c>); characters are code points.
/// </summary>
internal static class TextMetrics
{
    /// <summary>Per-page shingle counts, each divided by their sum (so every page weighs the same).</summary>
    public readonly record struct ShingleCounts(double Tp, double Fp, double Fn);

    public static ShingleCounts Shingles(string truth, string prediction)
    {
        Dictionary<string, int> t = Count(Shingles(Words(truth))), p = Count(Shingles(Words(prediction)));
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, tc) in t)
        {
            int pc = p.GetValueOrDefault(key);
            tp += Math.Min(tc, pc);
            fn += Math.Max(0, tc - pc);
        }
        foreach (var (key, pc) in p) fp += Math.Max(0, pc - t.GetValueOrDefault(key));
        double s = tp + fp + fn;
        return s > 0 ? new(tp / s, fp / s, fn / s) : new(tp, fp, fn);
    }

    /// <summary>Macro precision, recall and their F1 over pages, as the article-extraction benchmark computes them.</summary>
    public static (double Precision, double Recall, double F1) ShingleScore(IReadOnlyList<ShingleCounts> pages)
    {
        double pSum = 0, rSum = 0;
        int pN = 0, rN = 0;
        foreach (ShingleCounts c in pages)
        {
            if (c.Tp + c.Fp > 0)
            {
                pSum += c.Fp == 0 && c.Fn == 0 ? 1 : c.Tp / (c.Tp + c.Fp);
                pN++;
            }
            if (c.Tp + c.Fn > 0)
            {
                rSum += c.Fp == 0 && c.Fn == 0 ? 1 : c.Tp / (c.Tp + c.Fn);
                rN++;
            }
        }
        double precision = pN == 0 ? double.NaN : pSum / pN, recall = rN == 0 ? double.NaN : rSum / rN;
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return (precision, recall, f1);
    }

    /// <summary>Bag-of-words precision, recall and F1 of one page (lower-cased words).</summary>
    public static (double P, double R, double F1) BagOfWords(string truth, string prediction) =>
        Overlap(Count(Words(truth.ToLowerInvariant())), Count(Words(prediction.ToLowerInvariant())));

    /// <summary>Character 5-gram precision, recall and F1 of one page.</summary>
    public static (double P, double R, double F1) CharFiveGrams(string truth, string prediction) =>
        Overlap(Count(CharGrams(truth)), Count(CharGrams(prediction)));

    /// <summary>The word tokens: maximal runs of letters, numbers and '_'.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (Rune r in text.EnumerateRunes())
        {
            if (IsWordRune(r))
            {
                current.Append(r.ToString());
                continue;
            }
            if (current.Length > 0) words.Add(current.ToString());
            current.Clear();
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }

    private static bool IsWordRune(Rune r)
    {
        if (r.Value == '_') return true;
        UnicodeCategory c = Rune.GetUnicodeCategory(r);
        return c is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }

    // All contiguous 4-word tuples; 1 to 3 words give one shorter shingle; no words give none.
    private static List<string> Shingles(List<string> words)
    {
        var shingles = new List<string>();
        for (int i = 0; i < Math.Max(1, words.Count - 3); i++)
        {
            int n = Math.Min(4, words.Count - i);
            if (n > 0) shingles.Add(string.Join('\u0001', words.GetRange(i, n)));
        }
        return shingles;
    }

    private static List<string> CharGrams(string text)
    {
        var runes = new List<string>();
        bool space = false;
        foreach (Rune r in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(r))
            {
                space = runes.Count > 0;
                continue;
            }
            if (space) runes.Add(" ");
            space = false;
            runes.Add(r.ToString());
        }
        var grams = new List<string>();
        if (runes.Count == 0) return grams;
        if (runes.Count < 5)
        {
            grams.Add(string.Concat(runes));
            return grams;
        }
        for (int i = 0; i + 5 <= runes.Count; i++) grams.Add(string.Concat(runes.GetRange(i, 5)));
        return grams;
    }

    private static Dictionary<string, int> Count(List<string> items)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string s in items) counts[s] = counts.GetValueOrDefault(s) + 1;
        return counts;
    }

    private static (double, double, double) Overlap(Dictionary<string, int> truth, Dictionary<string, int> prediction)
    {
        int nt = truth.Values.Sum(), np = prediction.Values.Sum();
        if (nt == 0) return np == 0 ? (1, 1, 1) : (0, 0, 0);
        if (np == 0) return (0, 0, 0);
        int overlap = 0;
        foreach (var (key, tc) in truth) overlap += Math.Min(tc, prediction.GetValueOrDefault(key));
        double p = overlap / (double)np, r = overlap / (double)nt;
        return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
    }
}
