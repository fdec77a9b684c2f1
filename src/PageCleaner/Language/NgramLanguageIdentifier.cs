using System.Runtime.Intrinsics;
using System.Text;
using PageCleaner.Buffers;

namespace PageCleaner.Language;

/// <summary>
/// Names the language of a text. The script decides first: Hangul is Korean, kana among Han is Japanese, Han alone is
/// Chinese (Simplified or Traditional by <see cref="ChineseVariantClassifier"/>), and so on. Where several profiled
/// languages share the script (Latin, Cyrillic, Arabic), the text's most frequent character 1- to 5-grams are ranked
/// and compared with each language's ranked profile by the "out-of-place" distance of Cavnar and Trenkle: the sum,
/// over the text's n-grams, of how far its rank is from the rank in the profile (the profile size when absent).
/// The nearest profile wins. Thread-safe; allocation-free apart from pooled buffers.
/// </summary>
public sealed class NgramLanguageIdentifier
{
    /// <summary>Fewest letters (see <see cref="LanguageGuess.Evidence"/>) for an answer other than <c>und</c>.</summary>
    public const int MinEvidence = 20;

    /// <summary>Share of the letters the main script needs; below it the text is mixed and the answer <c>und</c>.</summary>
    public const double MinScriptShare = 0.5;

    /// <summary>Share of kana among Han and kana from which a text is Japanese (Chinese text may quote a stray の).</summary>
    public const double MinKanaShare = 0.05;

    /// <summary>Letters of the main script looked at for the n-grams: enough for a stable ranking, bounded time.</summary>
    public const int MaxLetters = 2000;

    /// <summary>Text n-grams compared: the most frequent ones, like the profiles.</summary>
    public const int TextProfileSize = 400;

    // The relative margin (runner-up distance - best) / runner-up at which the n-gram confidence reaches 1.
    private const double FullMargin = 0.10;

    private static readonly Lazy<NgramLanguageIdentifier> DefaultInstance = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    // The languages, those of one script side by side (in the file's order within a script), so that the candidates
    // for a text are one run of columns of _ranks.
    private readonly string[] _codes;
    private readonly UnicodeScript[] _scripts;
    private readonly short[] _ranks; // [ngram * languages + language], -1 where the language lacks the n-gram
    private readonly int _penalty;

    // The row of each profiled n-gram's hash: an open-addressing table (a row below 0 marks an empty slot), probed
    // for the 400 n-grams of every text identified.
    private readonly ulong[] _hashes;
    private readonly int[] _rows;
    private readonly int _shift;

    internal NgramLanguageIdentifier(LanguageProfileSet profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        int count = profiles.Profiles.Count;
        _codes = new string[count];
        _scripts = new UnicodeScript[count];
        _penalty = profiles.Size;
        var index = new Dictionary<ulong, int>();
        var ranks = new List<short>();
        // OrderBy is stable: within a script the languages keep their order, and with it which one wins a tie.
        LanguageProfile[] byScript = [.. profiles.Profiles.OrderBy(p => p.Script)];
        for (int lang = 0; lang < count; lang++)
        {
            LanguageProfile p = byScript[lang];
            _codes[lang] = p.Code;
            _scripts[lang] = p.Script;
            for (int rank = 0; rank < p.Ngrams.Count; rank++)
            {
                ulong hash = NgramHash.Of(p.Ngrams[rank]);
                if (!index.TryGetValue(hash, out int row))
                {
                    row = index.Count;
                    index.Add(hash, row);
                    for (int k = 0; k < count; k++) ranks.Add(-1);
                }
                ranks[row * count + lang] = (short)rank;
            }
        }
        _ranks = [.. ranks];
        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, index.Count * 2));
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
        _hashes = new ulong[size];
        _rows = new int[size];
        Array.Fill(_rows, -1);
        foreach (var (hash, row) in index)
        {
            int slot = Slot(hash);
            while (_rows[slot] >= 0) slot = (slot + 1) & (size - 1);
            _hashes[slot] = hash;
            _rows[slot] = row;
        }
        ProfiledLanguages = Array.AsReadOnly(_codes.Order(StringComparer.Ordinal).ToArray());
        Languages = [.. _codes.Concat(ScriptLanguages.All()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>The identifier with the profiles embedded in the library (built from tools/language-texts).</summary>
    public static NgramLanguageIdentifier Default => DefaultInstance.Value;

    /// <summary>Every code this identifier can answer (besides <c>und</c>), sorted.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>The languages with a trained profile, sorted.</summary>
    public IReadOnlyList<string> ProfiledLanguages { get; }

    /// <summary>An identifier with the profiles of a file written by <c>pagecleaner language-profiles</c>.</summary>
    /// <exception cref="LanguageProfileFormatException">The file cannot be read or is not a profile file.</exception>
    public static NgramLanguageIdentifier FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LanguageProfileFormatException($"{path}: cannot read the profile file ({e.Message})", e);
        }
        return new NgramLanguageIdentifier(LanguageProfileSet.Parse(text, path));
    }

    /// <summary>The language of <paramref name="text"/>.</summary>
    public LanguageGuess Identify(string? text) => Identify(text.AsSpan());

    /// <summary>The language of <paramref name="text"/>.</summary>
    public LanguageGuess Identify(ReadOnlySpan<char> text)
    {
        ScriptHistogram histogram = ScriptClassifier.Histogram(text);
        int han = histogram[UnicodeScript.Han] + histogram[UnicodeScript.Bopomofo];
        int kana = histogram[UnicodeScript.Hiragana] + histogram[UnicodeScript.Katakana];
        int cjk = han + kana;

        // The main script by evidence, with Han and kana as one (Japanese mixes them).
        UnicodeScript main = UnicodeScript.Unknown;
        int mainEvidence = 0, evidence = 0;
        for (int s = 0; s < ScriptCounts.Length; s++)
        {
            var script = (UnicodeScript)s;
            if (script is UnicodeScript.Han or UnicodeScript.Bopomofo or UnicodeScript.Hiragana or UnicodeScript.Katakana) continue;
            int e = histogram[script] * (script == UnicodeScript.Hangul ? 2 : 1);
            evidence += e;
            if (e > mainEvidence)
            {
                mainEvidence = e;
                main = script;
            }
        }
        evidence += 2 * cjk;
        bool isCjk = 2 * cjk > mainEvidence;
        bool japanese = isCjk && kana > 0 && kana >= MinKanaShare * cjk;
        if (isCjk)
        {
            mainEvidence = 2 * cjk;
            main = japanese && kana > han ? UnicodeScript.Hiragana : UnicodeScript.Han;
        }
        int letters = histogram.Total;
        if (evidence < MinEvidence || mainEvidence < MinScriptShare * evidence)
        {
            return Undetermined(main, letters, evidence);
        }
        double share = (double)mainEvidence / evidence;

        if (isCjk)
        {
            if (japanese) return Guess(LanguageCodes.Japanese, share, main, letters, evidence, default);
            ChineseVariantEvidence variant = ChineseVariantClassifier.Classify(text);
            return variant.Variant switch
            {
                ChineseVariant.Simplified => Guess(LanguageCodes.ChineseSimplified, share * variant.Agreement, main, letters, evidence, variant),
                ChineseVariant.Traditional => Guess(LanguageCodes.ChineseTraditional, share * variant.Agreement, main, letters, evidence, variant),
                _ => Guess(LanguageCodes.Chinese, share * 0.5, main, letters, evidence, variant),
            };
        }

        int first = Array.IndexOf(_scripts, main), n = 0;
        while (first >= 0 && first + n < _scripts.Length && _scripts[first + n] == main) n++;
        if (n == 0)
        {
            string? code = ScriptLanguages.LanguageOf(main);
            return code is null ? Undetermined(main, letters, evidence) : Guess(code, share, main, letters, evidence, default);
        }
        if (n == 1) return Guess(_codes[first], share, main, letters, evidence, default);

        Span<long> distances = stackalloc long[n];
        Rank(text, main, first, distances);
        int best = 0, second = -1;
        for (int c = 1; c < n; c++)
        {
            if (distances[c] < distances[best])
            {
                second = best;
                best = c;
            }
            else if (second < 0 || distances[c] < distances[second])
            {
                second = c;
            }
        }
        double margin = distances[second] == 0 ? 0 : (double)(distances[second] - distances[best]) / distances[second];
        double confidence = share * Math.Min(1.0, margin / FullMargin);
        return Guess(_codes[first + best], confidence, main, letters, evidence, default);
    }

    // Out-of-place distances of the text to the profiles of the languages from `first`, one per distance.
    private void Rank(ReadOnlySpan<char> text, UnicodeScript script, int first, Span<long> distances)
    {
        char[] buffer = PooledArrays.Rent<char>(Math.Min(text.Length, MaxLetters * 4) + 2);
        ulong[]? hashes = null;
        NgramCount[]? counts = null, ranked = null;
        try
        {
            // MaxLetters letters take at most 4 UTF-16 units each in the text (a surrogate pair plus a mark).
            ReadOnlySpan<char> head = text.Length > MaxLetters * 4 ? text[..(MaxLetters * 4)] : text;
            int length = NgramText.Normalize(head, script, buffer, MaxLetters);
            hashes = PooledArrays.Rent<ulong>(length * NgramText.MaxN);
            var sink = new HashSink(hashes);
            NgramText.Enumerate(buffer.AsSpan(0, length), ref sink);
            ReadOnlySpan<ulong> all = hashes.AsSpan(0, sink.Count);
            counts = PooledArrays.Rent<NgramCount>(all.Length);
            int distinct = NgramTally.Candidates(all, TextProfileSize, counts);
            ranked = PooledArrays.Rent<NgramCount>(Math.Min(distinct, TextProfileSize) + 1);
            ReadOnlySpan<NgramCount> top = MostFrequent(counts.AsSpan(0, distinct), ranked);

            int languages = _codes.Length;
            long missing = 0;
            // At most 400 n-grams of at most the penalty each: the sums fit an int.
            Span<int> sums = stackalloc int[distances.Length];
            for (int r = 0; r < top.Length; r++)
            {
                int row = RowOf(top[r].Hash);
                if (row < 0)
                {
                    missing++;
                    continue;
                }
                AddOutOfPlace(_ranks.AsSpan(row * languages + first, distances.Length), r, _penalty, sums);
            }
            for (int c = 0; c < distances.Length; c++) distances[c] += sums[c] + missing * _penalty;
        }
        finally
        {
            PooledArrays.Return(buffer);
            if (hashes is not null) PooledArrays.Return(hashes);
            if (counts is not null) PooledArrays.Return(counts);
            if (ranked is not null) PooledArrays.Return(ranked);
        }
    }

    /// <summary>
    /// Adds to each language's sum how far rank <paramref name="r"/> is from the n-gram's rank in its profile (the
    /// penalty at most, and where the profile lacks it: rank -1), sixteen or eight languages at a time where the
    /// processor has vectors (<paramref name="vectors"/> false: one at a time, for the tests).
    /// </summary>
    internal static void AddOutOfPlace(ReadOnlySpan<short> ranks, int r, int penalty, Span<int> sums, bool vectors = true)
    {
        int c = 0;
        // The vectors compute in 16 bits: enough for any profile this identifier is likely to get, and checked.
        bool fits = vectors && penalty + TextProfileSize <= short.MaxValue && r < TextProfileSize;
        if (fits && Vector256.IsHardwareAccelerated)
        {
            Vector256<short> at = Vector256.Create((short)r), most = Vector256.Create((short)penalty);
            for (; c + 16 <= ranks.Length; c += 16)
            {
                Vector256<short> rank = Vector256.Create(ranks.Slice(c, 16));
                Vector256<short> distance = Vector256.ConditionalSelect(
                    Vector256.LessThan(rank, Vector256<short>.Zero), most, Vector256.Min(Vector256.Abs(rank - at), most));
                (Vector256<int> low, Vector256<int> high) = Vector256.Widen(distance);
                (Vector256.Create(sums.Slice(c, 8)) + low).CopyTo(sums.Slice(c, 8));
                (Vector256.Create(sums.Slice(c + 8, 8)) + high).CopyTo(sums.Slice(c + 8, 8));
            }
        }
        if (fits && Vector128.IsHardwareAccelerated)
        {
            Vector128<short> at = Vector128.Create((short)r), most = Vector128.Create((short)penalty);
            for (; c + 8 <= ranks.Length; c += 8)
            {
                Vector128<short> rank = Vector128.Create(ranks.Slice(c, 8));
                Vector128<short> distance = Vector128.ConditionalSelect(
                    Vector128.LessThan(rank, Vector128<short>.Zero), most, Vector128.Min(Vector128.Abs(rank - at), most));
                (Vector128<int> low, Vector128<int> high) = Vector128.Widen(distance);
                (Vector128.Create(sums.Slice(c, 4)) + low).CopyTo(sums.Slice(c, 4));
                (Vector128.Create(sums.Slice(c + 4, 4)) + high).CopyTo(sums.Slice(c + 4, 4));
            }
        }
        for (; c < ranks.Length; c++)
        {
            int rank = ranks[c];
            sums[c] += rank < 0 ? penalty : Math.Min(Math.Abs(r - rank), penalty);
        }
    }

    private int Slot(ulong hash) => (int)((hash * 0x9E3779B97F4A7C15UL) >> _shift);

    // The row of a profiled n-gram's hash, or -1.
    private int RowOf(ulong hash)
    {
        int mask = _rows.Length - 1;
        for (int slot = Slot(hash); _rows[slot] >= 0; slot = (slot + 1) & mask)
        {
            if (_hashes[slot] == hash) return _rows[slot];
        }
        return -1;
    }

    // The first TextProfileSize n-grams, most frequent first and equal counts by hash (so that the ranking of a text
    // never depends on anything else). The counts come in hash order, so a stable counting sort by count gives that
    // order without comparing.
    private static ReadOnlySpan<NgramCount> MostFrequent(ReadOnlySpan<NgramCount> byHash, NgramCount[] into)
    {
        int maxCount = 0;
        foreach (NgramCount c in byHash) maxCount = Math.Max(maxCount, c.Count);
        int[] next = PooledArrays.Rent<int>(maxCount + 1);
        try
        {
            // next[count]: where the first n-gram of that count goes (all more frequent ones come before).
            Span<int> slots = next.AsSpan(0, maxCount + 1);
            slots.Clear();
            foreach (NgramCount c in byHash) slots[c.Count]++;
            int start = 0;
            for (int count = maxCount; count >= 0; count--)
            {
                int n = slots[count];
                slots[count] = start;
                start += n;
            }
            int kept = Math.Min(byHash.Length, TextProfileSize);
            foreach (NgramCount c in byHash)
            {
                int at = slots[c.Count]++;
                if (at < kept) into[at] = c;
            }
            return into.AsSpan(0, kept);
        }
        finally
        {
            PooledArrays.Return(next);
        }
    }

    private static LanguageGuess Guess(string code, double confidence, UnicodeScript script, int letters, int evidence, ChineseVariantEvidence chinese) =>
        new(code, Math.Clamp(confidence, 0, 1), script, letters, evidence, chinese);

    private static LanguageGuess Undetermined(UnicodeScript script, int letters, int evidence) =>
        new(LanguageCodes.Undetermined, 0, script, letters, evidence, default);

    private static NgramLanguageIdentifier LoadDefault()
    {
        using Stream stream = typeof(NgramLanguageIdentifier).Assembly.GetManifestResourceStream(DefaultProfiles.ResourceName)
            ?? throw new LanguageProfileFormatException("this build of PageCleaner has no embedded language profiles");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return new NgramLanguageIdentifier(LanguageProfileSet.Parse(reader.ReadToEnd(), "embedded language profiles"));
    }

    private struct HashSink(ulong[] hashes) : INgramSink
    {
        public int Count { get; private set; }

        public void Add(ReadOnlySpan<char> text, int start, int length, ulong hash) => hashes[Count++] = hash;
    }
}
