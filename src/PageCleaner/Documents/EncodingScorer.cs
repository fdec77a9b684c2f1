namespace PageCleaner.Documents;

/// <summary>
/// Scores candidate legacy encodings by decoding a sample and weighing each non-ASCII character: invalid
/// sequences, private-use and C1 characters cost a lot; frequent characters of the script the encoding is for
/// earn the most. Scores are per non-ASCII byte so that every candidate is judged on the same bytes.
/// </summary>
internal static class EncodingScorer
{
    private const double Invalid = -6;
    private const double Suspicious = -4;

    /// <summary>Scores of all candidates, best first (ties keep the candidates' order).</summary>
    public static EncodingScore[] ScoreAll(EncodingSample sample)
    {
        var scores = new EncodingScore[EncodingCandidate.All.Count];
        for (int i = 0; i < scores.Length; i++)
        {
            EncodingCandidate candidate = EncodingCandidate.All[i];
            scores[i] = new EncodingScore(candidate, Score(candidate, sample));
        }
        // Insertion sort: stable, and there are six entries.
        for (int i = 1; i < scores.Length; i++)
        {
            EncodingScore current = scores[i];
            int j = i - 1;
            while (j >= 0 && scores[j].Score < current.Score)
            {
                scores[j + 1] = scores[j];
                j--;
            }
            scores[j + 1] = current;
        }
        return scores;
    }

    public static double Score(EncodingCandidate candidate, EncodingSample sample)
    {
        if (sample.NonAsciiBytes == 0) return 0;
        string text = CharsetEncodings.GetString(candidate.Target.CodePage, sample.Bytes);
        double total = candidate.Script switch
        {
            EncodingScript.Cyrillic => ScoreCyrillic(text),
            EncodingScript.Latin => ScoreLatin(text),
            _ => ScoreCjk(text, candidate.Script),
        };
        return total / sample.NonAsciiBytes;
    }

    private static double ScoreCjk(string text, EncodingScript script)
    {
        double total = 0;
        foreach (char c in text)
        {
            if (c >= 0x80) total += CjkWeight(c, script);
        }
        return total;
    }

    private static double CjkWeight(char c, EncodingScript script)
    {
        if (c == '\uFFFD') return Invalid;
        if (CharsetScripts.IsC1Control(c) || CharsetScripts.IsPrivateUse(c)) return Suspicious;
        if (char.IsSurrogate(c)) return -2; // GB18030 four-byte codes beyond the BMP: real text rarely needs them.
        if (CharsetScripts.IsHan(c))
        {
            if (script == EncodingScript.Korean) return CharsetCommonBlocks.IsKoreanHanja(c) ? 0 : -1;
            return CharsetFrequencyTables.IsFrequent(script, c) ? 3 : CharsetCommonBlocks.IsCommon(script, c) ? 0.5 : -1;
        }
        if (CharsetScripts.IsHangulSyllable(c))
        {
            if (script != EncodingScript.Korean) return -2;
            return CharsetFrequencyTables.IsFrequent(script, c) ? 3 : CharsetCommonBlocks.IsCommon(script, c) ? 0.5 : -1;
        }
        if (CharsetScripts.IsHiragana(c)) return script == EncodingScript.Japanese ? 3 : -2;
        if (CharsetScripts.IsKatakana(c)) return script == EncodingScript.Japanese ? 2 : -2;
        if (CharsetScripts.IsHalfwidthKatakana(c)) return -1.5; // Legit but rare; GB and Big5 lead bytes land here in Shift_JIS.
        if (CharsetScripts.IsCjkPunctuation(c)) return 1;
        return c switch
        {
            >= '\u2000' and <= '\u206F' => 0.5, // Dashes, curly quotes, ellipsis.
            >= '\u3100' and <= '\u318F' => -2, // Bopomofo, compatibility jamo: rare in running text.
            >= '\u0370' and <= '\u04FF' => -1.5, // Greek, Cyrillic amid CJK.
            >= '\u2500' and <= '\u257F' => -0.5, // Box drawing.
            >= '\u00A0' and <= '\u024F' => -0.5, // Latin letters amid CJK.
            >= '\uF900' and <= '\uFAFF' => -1.5, // Compatibility ideographs.
            _ => 0,
        };
    }

    private static double ScoreCyrillic(string text)
    {
        double total = 0;
        int run = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (!CharsetScripts.IsCyrillic(c)) run = 0;
            if (c < 0x80) continue;
            char prev = i > 0 ? text[i - 1] : ' ';
            char next = i + 1 < text.Length ? text[i + 1] : ' ';
            if (CharsetScripts.IsCyrillic(c))
            {
                run++;
                // Ukrainian and Serbian letters are real but also where CJK lead bytes land (Ґ, Є, Ў).
                double w = CharsetScripts.IsRussianLetter(c) ? 1 : -0.3;
                if (CharsetScripts.IsAsciiLetter(prev) || CharsetScripts.IsAsciiLetter(next)) w = -1.5;
                else if (!char.IsLetter(prev) && !char.IsLetter(next)) w = 0.5; // One-letter words ("в", "и") exist, but so do "à", "é".
                else if (IsCaseOddity(c, prev, next)) w = -2;
                if (run > 20) w -= 0.5; // Real words are short; CJK bytes read as Cyrillic make endless ones.
                total += w;
            }
            else
            {
                total += NonLetterWeight(c);
            }
        }
        return total;
    }

    /// <summary>An upper-case letter inside a lower-case word ("слОво", "СЛоВо"), which Russian text almost never has.</summary>
    private static bool IsCaseOddity(char c, char prev, char next) =>
        char.IsUpper(c) && CharsetScripts.IsCyrillic(prev) &&
        (char.IsLower(prev) || (CharsetScripts.IsCyrillic(next) && char.IsLower(next)));

    private static double ScoreLatin(string text)
    {
        double total = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 0x80) continue;
            char prev = i > 0 ? text[i - 1] : ' ';
            char next = i + 1 < text.Length ? text[i + 1] : ' ';
            if (CharsetScripts.IsLatin1Letter(c))
            {
                bool asciiNeighbour = CharsetScripts.IsAsciiLetter(prev) || CharsetScripts.IsAsciiLetter(next);
                bool accentedNeighbour = CharsetScripts.IsLatin1Letter(prev) || CharsetScripts.IsLatin1Letter(next);
                // "été", "Größe" have accents between plain letters; Cyrillic or CJK bytes give runs of accents.
                double w = asciiNeighbour ? 1 : accentedNeighbour ? -1 : 0.5;
                if (char.IsUpper(c) && char.IsLower(prev)) w -= 1.5;
                total += w;
            }
            else
            {
                total += NonLetterWeight(c);
            }
        }
        return total;
    }

    private static double NonLetterWeight(char c)
    {
        if (c == '\uFFFD' || CharsetScripts.IsC1Control(c)) return Suspicious;
        return CharsetScripts.IsTypographic(c) ? 0.3 : -0.5;
    }
}
