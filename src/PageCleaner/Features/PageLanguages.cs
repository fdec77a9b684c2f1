using PageCleaner.Language;

namespace PageCleaner.Features;

/// <summary>
/// Which blocks stand out from the page's language, found cheaply: the page language comes from one identification
/// of its longest visible blocks; a block mismatches when its main script differs, when it is Chinese in the other
/// variant (Simplified spam in a Traditional page), or, for a few suspicious blocks in the page's own script (links,
/// spam words, hidden), when the n-gram identifier names another language. Identifying every block would cost more
/// than the rest of the cleaning.
/// </summary>
internal sealed class PageLanguages
{
    /// <summary>Blocks with fewer characters get no language of their own.</summary>
    public const int MinChars = 20;

    // Characters of a block looked at, and of the page sample; n-gram identifications per page.
    private const int BlockSample = 600, PageSample = 3000, MaxIdentified = 8;

    // Confidence a suspicious block's identification needs to count as another language.
    private const double SuspectConfidence = 0.1;

    /// <summary>Per block: 1 when its script differs from the page's.</summary>
    public bool[] ScriptMismatch { get; }

    /// <summary>Per block: 1 when block and page are Chinese of different variants.</summary>
    public bool[] VariantMismatch { get; }

    /// <summary>Per block: any mismatch, including another language in the same script.</summary>
    public bool[] Mismatch { get; }

    /// <summary>How many blocks mismatch.</summary>
    public int MismatchCount { get; private set; }

    private PageLanguages(int n)
    {
        ScriptMismatch = new bool[n];
        VariantMismatch = new bool[n];
        Mismatch = new bool[n];
    }

    /// <param name="analysis">The page's blocks with their statistics, spam vocabulary and link hosts already counted.</param>
    public static PageLanguages Build(PageAnalysis analysis)
    {
        var blocks = analysis.Blocks;
        int n = blocks.Count;
        NgramLanguageIdentifier identifier = NgramLanguageIdentifier.Default;
        LanguageReportOptions options = LanguageReportOptions.Default;

        // The page: its longest visible blocks, and the Chinese variant pooled over all its Han blocks.
        int[] order = LongestFirst(analysis);
        var sample = new System.Text.StringBuilder();
        foreach (int i in order)
        {
            if (sample.Length >= PageSample) break;
            string t = blocks[i].Text;
            sample.Append(t, 0, Math.Min(t.Length, PageSample - sample.Length)).Append('\n');
        }
        LanguageGuess page = identifier.Identify(sample.ToString());
        UnicodeScript pageScript = Family(page.Script);
        string pageLanguage = page.Language;
        if (pageScript == UnicodeScript.Han && pageLanguage != LanguageCodes.Japanese)
        {
            int simplified = 0, traditional = 0, han = 0;
            foreach (int i in order)
            {
                ChineseVariantEvidence v = ChineseVariantClassifier.Classify(Head(blocks[i].Text));
                simplified += v.SimplifiedChars;
                traditional += v.TraditionalChars;
                han += v.HanChars;
            }
            pageLanguage = ChineseVariantClassifier.Decide(simplified, traditional, han).Variant switch
            {
                ChineseVariant.Simplified => LanguageCodes.ChineseSimplified,
                ChineseVariant.Traditional => LanguageCodes.ChineseTraditional,
                _ => LanguageCodes.Chinese,
            };
        }

        var result = new PageLanguages(n);
        if (page.IsUndetermined) return result;
        int identified = 0, count = 0;
        var sameScript = new List<int>();
        for (int i = 0; i < n; i++)
        {
            if (analysis.Stats[i].Chars < MinChars) continue;
            ReadOnlySpan<char> text = Head(blocks[i].Text);
            ScriptHistogram histogram = ScriptClassifier.Histogram(text);
            UnicodeScript script = MainScript(histogram, out int evidence);
            if (script == UnicodeScript.Unknown || evidence < options.MinEvidence) continue;
            if (script != pageScript)
            {
                result.ScriptMismatch[i] = result.Mismatch[i] = true;
            }
            else if (script == UnicodeScript.Han)
            {
                // Chinese and Japanese share Han: the identifier tells them apart (without n-grams) and names the variant.
                LanguageGuess g = identifier.Identify(text);
                if (!g.IsUndetermined && g.Confidence >= options.MinConfidence && Differs(g.Language, pageLanguage, g.Chinese, options))
                {
                    result.Mismatch[i] = true;
                    result.VariantMismatch[i] = IsVariant(g.Language) && IsVariant(pageLanguage);
                }
            }
            else if (Suspicion(analysis, i) > 0)
            {
                sameScript.Add(i);
            }
            if (result.Mismatch[i]) count++;
        }

        // Same script as the page: n-gram identification for the most suspicious blocks only, spam words first (a
        // real page has many share bars and hidden menus that would use up the budget in document order).
        sameScript.Sort((x, y) => Suspicion(analysis, y).CompareTo(Suspicion(analysis, x)) is int c && c != 0 ? c : x.CompareTo(y));
        foreach (int i in sameScript)
        {
            if (identified++ >= MaxIdentified) break;
            LanguageGuess g = identifier.Identify(Head(blocks[i].Text));
            // A low bar: close languages (Indonesian and Malay) leave a small margin although both differ from the page's.
            if (!g.IsUndetermined && g.Confidence >= SuspectConfidence && g.Language != pageLanguage)
            {
                result.Mismatch[i] = true;
                count++;
            }
        }
        result.MismatchCount = count;
        return result;
    }

    // The visible blocks of at least MinChars characters, longest first (then in page order): one sort of numbers
    // that hold both keys.
    private static int[] LongestFirst(PageAnalysis analysis)
    {
        var blocks = analysis.Blocks;
        var keys = new List<long>();
        for (int i = 0; i < blocks.Count; i++)
        {
            int chars = analysis.Stats[i].Chars;
            if (!blocks[i].Hidden && chars >= MinChars) keys.Add(((long)(int.MaxValue - chars) << 32) | (uint)i);
        }
        keys.Sort();
        var order = new int[keys.Count];
        for (int k = 0; k < order.Length; k++) order[k] = (int)(keys[k] & uint.MaxValue);
        return order;
    }

    private static ReadOnlySpan<char> Head(string text) => text.Length > BlockSample ? text.AsSpan(0, BlockSample) : text;

    // How much a block deserves an n-gram identification: spam words (3), hidden text (2), links mostly leaving the site (1); 0 for none.
    private static int Suspicion(PageAnalysis a, int i)
    {
        if (a.Vocabulary[i].Total > 0) return 3;
        if (a.Blocks[i].Hidden) return 2;
        var hosts = a.LinkHosts.Blocks[i];
        return hosts.OffSite >= 2 && hosts.OffSite * 2 > hosts.Absolute ? 1 : 0;
    }

    private static bool Differs(string block, string page, ChineseVariantEvidence chinese, LanguageReportOptions options)
    {
        bool blockChinese = LanguageCodes.IsChinese(block), pageChinese = LanguageCodes.IsChinese(page);
        if (blockChinese != pageChinese) return true;
        if (!blockChinese) return block != page;
        return IsVariant(block) && IsVariant(page) && block != page && chinese.SimplifiedChars + chinese.TraditionalChars >= options.MinVariantChars;
    }

    private static bool IsVariant(string code) => code is LanguageCodes.ChineseSimplified or LanguageCodes.ChineseTraditional;

    // Han and kana count as one script (Japanese mixes them); Hangul letters weigh double, as in the identifier.
    private static UnicodeScript MainScript(ScriptHistogram h, out int evidence)
    {
        int cjk = 2 * (h[UnicodeScript.Han] + h[UnicodeScript.Bopomofo] + h[UnicodeScript.Hiragana] + h[UnicodeScript.Katakana]);
        UnicodeScript main = UnicodeScript.Unknown;
        int best = 0;
        evidence = cjk;
        for (int s = 0; s < ScriptCounts.Length; s++)
        {
            var script = (UnicodeScript)s;
            if (script is UnicodeScript.Han or UnicodeScript.Bopomofo or UnicodeScript.Hiragana or UnicodeScript.Katakana) continue;
            int e = h[script] * (script == UnicodeScript.Hangul ? 2 : 1);
            evidence += e;
            if (e > best)
            {
                best = e;
                main = script;
            }
        }
        if (cjk > best)
        {
            best = cjk;
            main = UnicodeScript.Han;
        }
        // A block of mixed scripts without a clear majority has no script of its own.
        return best * 2 >= evidence ? main : UnicodeScript.Unknown;
    }

    private static UnicodeScript Family(UnicodeScript s) =>
        s is UnicodeScript.Hiragana or UnicodeScript.Katakana or UnicodeScript.Bopomofo ? UnicodeScript.Han : s;
}
