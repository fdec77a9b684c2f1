namespace PageCleaner.Text;

/// <summary>
/// Finds date and time mentions without regular expressions: <c>2025-07-22</c>, <c>22.07.2025</c>,
/// <c>7/22/25</c>, <c>14:18</c>, <c>14:18:48</c>, <c>2025年7月22日</c>, <c>7月22日</c>, <c>2025년 7월</c>,
/// and an English month name next to a day or year number.
/// </summary>
internal static class DateTimeScanner
{
    private static readonly string[] MonthNames =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ];

    // Looked up by span, ignoring case: one hash per capitalised word instead of two dozen comparisons.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Months =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(MonthNames, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Counts mentions and the characters they cover.</summary>
    public static (int Mentions, int CoveredChars) Scan(ReadOnlySpan<char> text)
    {
        int mentions = 0, covered = 0, i = 0;
        while (i < text.Length)
        {
            // A digit right after a Han or kana character starts a number too: Chinese and Japanese put no space
            // between words, so "本文于2025年7月22日发布" and "他7月22日到达" hold dates (they were skipped before).
            if (char.IsAsciiDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]) || CharClass.IsCharToken(text[i - 1])))
            {
                int end = MatchNumeric(text, i);
                if (end > i)
                {
                    mentions++;
                    covered += end - i;
                    i = end;
                    continue;
                }
            }
            else if (char.IsAsciiLetter(text[i]) && (i == 0 || !char.IsLetter(text[i - 1])))
            {
                int end = MatchMonthName(text, i);
                if (end > i)
                {
                    mentions++;
                    covered += end - i;
                    i = end;
                    continue;
                }
            }
            i++;
        }
        return (mentions, covered);
    }

    private static int DigitRun(ReadOnlySpan<char> t, int i)
    {
        int j = i;
        while (j < t.Length && char.IsAsciiDigit(t[j])) j++;
        return j - i;
    }

    private static int MatchNumeric(ReadOnlySpan<char> t, int i)
    {
        int d1 = DigitRun(t, i);
        int p = i + d1;
        if (p >= t.Length) return i;
        char sep = t[p];
        if (sep is '-' or '/' or '.')
        {
            int d2 = DigitRun(t, p + 1);
            int q = p + 1 + d2;
            if (d2 is 1 or 2 && q < t.Length && t[q] == sep)
            {
                int d3 = DigitRun(t, q + 1);
                bool yearFirst = d1 == 4 && d3 is 1 or 2;
                bool yearLast = d1 is 1 or 2 && d3 is 2 or 4;
                if (yearFirst || yearLast) return q + 1 + d3;
            }
            return i;
        }
        if (sep == ':' && d1 is 1 or 2)
        {
            int d2 = DigitRun(t, p + 1);
            if (d2 != 2) return i;
            int q = p + 3;
            if (q < t.Length && t[q] == ':' && DigitRun(t, q + 1) == 2) q += 3;
            return q;
        }
        if (sep is '年' or '년' && d1 is 2 or 4)
        {
            int q = p + 1;
            while (q < t.Length && t[q] == ' ') q++;
            int d2 = DigitRun(t, q);
            if (d2 is 1 or 2 && q + d2 < t.Length && t[q + d2] is '月' or '월') return MatchDay(t, q + d2 + 1);
            return p + 1;
        }
        if (sep is '月' or '월' && d1 is 1 or 2) return MatchDay(t, p + 1) is int e && e > p + 1 ? e : i;
        return i;
    }

    private static int MatchDay(ReadOnlySpan<char> t, int q)
    {
        int s = q;
        while (s < t.Length && t[s] == ' ') s++;
        int d = DigitRun(t, s);
        if (d is 1 or 2 && s + d < t.Length && t[s + d] is '日' or '号' or '일') return s + d + 1;
        return q;
    }

    private static int MatchMonthName(ReadOnlySpan<char> t, int i)
    {
        int j = i;
        while (j < t.Length && char.IsAsciiLetter(t[j])) j++;
        ReadOnlySpan<char> word = t[i..j];
        if (word.Length < 3 || word.Length > 9) return i;
        // Month names start with one of these letters; most words are rejected here without a comparison.
        if ("jfmasondJFMASOND".IndexOf(word[0]) < 0) return i;
        if (!Months.Contains(word)) return i;
        int k = j;
        if (k < t.Length && t[k] == '.') k++;
        while (k < t.Length && t[k] == ' ') k++;
        int d = DigitRun(t, k);
        if (d is >= 1 and <= 4) return k + d;
        // "22 July": the day came first; count the month name alone when a number precedes it.
        int b = i - 1;
        while (b >= 0 && t[b] == ' ') b--;
        return b >= 0 && char.IsAsciiDigit(t[b]) ? j : i;
    }
}
