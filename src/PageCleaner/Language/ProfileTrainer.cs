namespace PageCleaner.Language;

/// <summary>
/// Builds rank-order profiles (Cavnar and Trenkle, 1994): count every 1- to 5-gram of a language's text, keep the
/// most frequent, ordered by count (ties by ordinal order of the n-gram, so the output is deterministic).
/// </summary>
internal static class ProfileTrainer
{
    public const int DefaultSize = 400;

    /// <summary>Fewest letters a training text must have.</summary>
    public const int MinLetters = 1000;

    /// <exception cref="LanguageProfileFormatException">A text is too short, or two texts have the same code.</exception>
    public static LanguageProfileSet Train(IEnumerable<LanguageTrainingText> texts, int size = DefaultSize)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var profiles = new List<LanguageProfile>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (LanguageTrainingText t in texts)
        {
            if (!codes.Add(t.Code)) throw new LanguageProfileFormatException($"{t.Source}: a second text for '{t.Code}'");
            profiles.Add(Build(t, size));
        }
        profiles.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        return new LanguageProfileSet(profiles, size);
    }

    private static LanguageProfile Build(LanguageTrainingText t, int size)
    {
        ScriptHistogram histogram = ScriptClassifier.Histogram(t.Text);
        UnicodeScript script = histogram.Dominant;
        if (histogram[script] < MinLetters)
        {
            throw new LanguageProfileFormatException(
                $"{t.Source}: too little text ({histogram[script]} letters in its main script; at least {MinLetters} are needed)");
        }
        var buffer = new char[t.Text.Length + 2];
        int length = NgramText.Normalize(t.Text, script, buffer, int.MaxValue);
        var sink = new CountingSink(new Dictionary<string, int>(StringComparer.Ordinal));
        NgramText.Enumerate(buffer.AsSpan(0, length), ref sink);
        var ranked = sink.Counts.ToList();
        ranked.Sort(static (a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key));
        var ngrams = new string[Math.Min(size, ranked.Count)];
        for (int i = 0; i < ngrams.Length; i++) ngrams[i] = ranked[i].Key;
        return new LanguageProfile(t.Code, script, ngrams);
    }

    private readonly struct CountingSink(Dictionary<string, int> counts) : INgramSink
    {
        public Dictionary<string, int> Counts { get; } = counts;

        public void Add(ReadOnlySpan<char> text, int start, int length, ulong hash)
        {
            string g = text.Slice(start, length).ToString();
            Counts[g] = Counts.TryGetValue(g, out int n) ? n + 1 : 1;
        }
    }
}
