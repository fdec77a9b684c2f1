using System.Globalization;

namespace PageCleaner.Text;

/// <summary>Computes <see cref="TextStats"/> for a span of text in one pass.</summary>
internal static class TextStatsCounter
{
    private const byte Space = 1, Word = 2, Digit = 4, Letter = 8, Upper = 16;

    // What the general tests say of each ASCII character, computed by them: a table cannot disagree with them.
    private static readonly byte[] AsciiKinds = BuildAsciiKinds();

    private static byte[] BuildAsciiKinds()
    {
        var kinds = new byte[128];
        for (char c = '\0'; c < 128; c++)
        {
            if (CharClass.IsSpace(c)) kinds[c] = Space;
            else if (CharClass.IsCharToken(c)) kinds[c] = 0;
            else if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                if (CharClass.IsHangul(c)) continue; // never in ASCII; left to the general path if it were
                kinds[c] = (byte)(Word | (char.IsDigit(c) ? Digit : 0) | (char.IsLetter(c) ? Letter : 0) | (char.IsUpper(c) ? Upper : 0));
            }
        }
        return kinds;
    }

    /// <remarks><paramref name="asciiTable"/> false takes the general tests for ASCII too (for the tests).</remarks>
    public static TextStats Count(ReadOnlySpan<char> text, bool asciiTable = true)
    {
        int chars = 0, tokens = 0, charTokens = 0, cjk = 0, letters = 0, upper = 0, digits = 0, punct = 0, sentence = 0,
            clause = 0, separators = 0, brackets = 0, longest = 0, run = 0;
        bool inWord = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 128 && asciiTable)
            {
                // The same tests as below, answered by a table for ASCII: spaces and word characters go no further.
                byte kind = AsciiKinds[c];
                if ((kind & Space) != 0) { inWord = false; run = 0; continue; }
                if ((kind & Word) != 0)
                {
                    chars++;
                    if (!inWord) tokens++;
                    inWord = true;
                    run++;
                    if (run > longest) longest = run;
                    if ((kind & Digit) != 0) digits++;
                    else if ((kind & Letter) != 0)
                    {
                        letters++;
                        if ((kind & Upper) != 0) upper++;
                    }
                    continue;
                }
            }
            if (CharClass.IsSpace(c)) { inWord = false; run = 0; continue; }
            chars++;
            if (CharClass.IsCharToken(c))
            {
                tokens++;
                charTokens++;
                cjk++;
                inWord = false;
                run = 0;
                continue;
            }
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                if (!inWord) tokens++;
                inWord = true;
                run++;
                if (run > longest) longest = run;
                if (char.IsDigit(c)) digits++;
                else if (char.IsLetter(c))
                {
                    letters++;
                    if (char.IsUpper(c)) upper++;
                    if (CharClass.IsHangul(c)) cjk++;
                }
                continue;
            }
            inWord = false;
            run = 0;
            punct++;
            if (CharClass.IsSentenceEnd(c) && IsSentenceBoundary(text, i)) sentence++;
            else if (CharClass.IsClausePunctuation(c)) clause++;
            if (CharClass.IsSeparator(c)) separators++;
            if (c is '(' or '（' or '[' or '【' or '「' or '《') brackets++;
        }

        ReadOnlySpan<char> trimmed = TrimSpace(text);
        return new TextStats
        {
            Chars = chars,
            Tokens = tokens,
            CharTokens = charTokens,
            CjkChars = cjk,
            Letters = letters,
            Uppercase = upper,
            Digits = digits,
            Punctuation = punct,
            SentenceEnds = sentence,
            ClauseMarks = clause,
            Separators = separators,
            Brackets = brackets,
            LongestWord = longest,
            EndsWithSentenceEnd = EndsWithSentence(trimmed),
            EndsTruncated = trimmed.EndsWith("...", StringComparison.Ordinal) || trimmed.EndsWith("…", StringComparison.Ordinal)
                || trimmed.EndsWith("。。。", StringComparison.Ordinal),
            StartsWithBullet = trimmed.Length > 1 && StartsWithBulletMark(trimmed),
        };
    }

    // A period inside "3.5" or "e.g" is not a sentence end; one followed by space, end, a quote or CJK is.
    private static bool IsSentenceBoundary(ReadOnlySpan<char> text, int i)
    {
        if (text[i] != '.') return true;
        if (i + 1 >= text.Length) return true;
        char next = text[i + 1];
        return CharClass.IsSpace(next) || next is '"' or '\'' or ')' or '”' or '’' || CharClass.IsCharToken(next);
    }

    private static bool EndsWithSentence(ReadOnlySpan<char> t)
    {
        int i = t.Length - 1;
        while (i >= 0 && t[i] is '"' or '\'' or ')' or '”' or '’' or '」' or '』' or '）' or '»') i--;
        return i >= 0 && CharClass.IsSentenceEnd(t[i]);
    }

    private static bool StartsWithBulletMark(ReadOnlySpan<char> t)
    {
        char c = t[0];
        if (c is '•' or '·' or '-' or '–' or '—' or '*' or '►' or '▶' or '■' or '□' or '●' or '○' or '◆' or '>' or '》' or '·') return true;
        int d = 0;
        while (d < t.Length && d < 3 && char.IsAsciiDigit(t[d])) d++;
        return d > 0 && d < t.Length && t[d] is '.' or ')' or '、' or '．';
    }

    private static ReadOnlySpan<char> TrimSpace(ReadOnlySpan<char> t)
    {
        int s = 0, e = t.Length;
        while (s < e && CharClass.IsSpace(t[s])) s++;
        while (e > s && CharClass.IsSpace(t[e - 1])) e--;
        return t[s..e];
    }
}
