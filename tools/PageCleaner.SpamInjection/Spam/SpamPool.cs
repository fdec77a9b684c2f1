using System.Reflection;
using System.Text;

namespace PageCleaner.SpamInjection.Spam;

/// <summary>The spam phrases of spam-phrases.tsv (embedded), grouped by half and language.</summary>
internal sealed class SpamPool
{
    private const string ResourceName = "PageCleaner.SpamInjection.spam-phrases.tsv";
    private readonly Dictionary<(SpamHalf, string), List<SpamPhrase>> _byLanguage = [];

    private SpamPool(List<SpamPhrase> phrases)
    {
        Phrases = phrases;
        foreach (SpamPhrase p in phrases)
        {
            if (!_byLanguage.TryGetValue((p.Half, p.Language), out List<SpamPhrase>? list)) _byLanguage[(p.Half, p.Language)] = list = [];
            list.Add(p);
        }
        Languages = phrases.Select(p => p.Language).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The pool built into the tool.</summary>
    public static SpamPool Embedded { get; } = Parse(ReadResource(), ResourceName);

    /// <summary>Every phrase, in file order.</summary>
    public IReadOnlyList<SpamPhrase> Phrases { get; }

    /// <summary>The languages present, sorted.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>The phrases of one half in one language (empty when there are none).</summary>
    public IReadOnlyList<SpamPhrase> Of(SpamHalf half, string language) =>
        _byLanguage.TryGetValue((half, language), out List<SpamPhrase>? list) ? list : [];

    /// <summary>Reads the TSV form: <c>half, language, topic, phrase</c>; '#' lines are comments.</summary>
    public static SpamPool Parse(string text, string origin)
    {
        var phrases = new List<SpamPhrase>();
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            string[] cols = line.Split('\t');
            if (cols.Length != 4 || cols[3].Trim().Length == 0) throw new FormatException($"{origin}:{i + 1}: expected half, language, topic and phrase separated by tabs");
            SpamHalf half = cols[0] switch
            {
                "eval" => SpamHalf.Eval,
                "train" => SpamHalf.Train,
                _ => throw new FormatException($"{origin}:{i + 1}: half must be eval or train, not '{cols[0]}'"),
            };
            phrases.Add(new SpamPhrase(half, cols[1], cols[2], cols[3].Trim()));
        }
        return new SpamPool(phrases);
    }

    private static string ReadResource()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in the tool");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
