using System.Globalization;
using System.Text;

namespace PageCleaner.Language;

/// <summary>How often an identifier names the right language for labeled texts, per language and overall.</summary>
internal sealed class LanguageAccuracy
{
    private readonly SortedDictionary<string, Row> _rows = new(StringComparer.Ordinal);

    /// <summary>Texts looked at.</summary>
    public int Total { get; private set; }

    /// <summary>Texts named right.</summary>
    public int Correct { get; private set; }

    /// <summary>Correct / Total (0 when empty).</summary>
    public double Overall => Total == 0 ? 0 : (double)Correct / Total;

    /// <summary>The texts named wrongly: source, expected and given codes.</summary>
    public List<(string Source, string Expected, string Given)> Errors { get; } = [];

    public static LanguageAccuracy Measure(NgramLanguageIdentifier identifier, IEnumerable<LanguageTrainingText> texts)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        var accuracy = new LanguageAccuracy();
        foreach (LanguageTrainingText t in texts) accuracy.Add(t, identifier.Identify(t.Text).Language);
        return accuracy;
    }

    /// <summary>Per-language (code, texts, correct), by code.</summary>
    public IEnumerable<(string Code, int Texts, int Correct)> PerLanguage() => _rows.Select(r => (r.Key, r.Value.Texts, r.Value.Correct));

    /// <summary>A fixed-width table: one line per language, the errors, the overall figure.</summary>
    public string ToTable()
    {
        var sb = new StringBuilder();
        sb.Append("language  texts  correct  accuracy  named instead\n");
        foreach (var (code, row) in _rows)
        {
            string instead = string.Join(", ", row.Wrong.Select(w => $"{w.Key} x{w.Value}"));
            sb.Append(CultureInfo.InvariantCulture, $"{code,-8} {row.Texts,6} {row.Correct,8} {(double)row.Correct / row.Texts,9:P1}  {instead}\n");
        }
        sb.Append(CultureInfo.InvariantCulture, $"overall  {Total,6} {Correct,8} {Overall,9:P1}  ({_rows.Count} languages)\n");
        return sb.ToString();
    }

    private void Add(LanguageTrainingText text, string given)
    {
        if (!_rows.TryGetValue(text.Code, out Row? row)) _rows[text.Code] = row = new Row();
        row.Texts++;
        Total++;
        if (given == text.Code)
        {
            row.Correct++;
            Correct++;
            return;
        }
        row.Wrong[given] = row.Wrong.GetValueOrDefault(given) + 1;
        Errors.Add((text.Source, text.Code, given));
    }

    private sealed class Row
    {
        public int Texts { get; set; }

        public int Correct { get; set; }

        public SortedDictionary<string, int> Wrong { get; } = new(StringComparer.Ordinal);
    }
}
