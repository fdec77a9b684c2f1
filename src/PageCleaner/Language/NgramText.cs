namespace PageCleaner.Language;

/// <summary>
/// Turns text into the form n-grams are taken from, and enumerates them: the words of one script, lower-cased,
/// each between single spaces (" der hund "). Every n-gram (n = 1..<see cref="MaxN"/>) lies inside one padded word,
/// so "_der_" gives d, de, der, der_, _d, _de, _der, _der_, e, er, er_, r, r_ (a space stands for '_'); a lone space
/// is not an n-gram.
/// </summary>
internal static class NgramText
{
    public const int MaxN = 5;

    /// <summary>Writes the normalized words of <paramref name="text"/> in <paramref name="script"/> into
    /// <paramref name="destination"/> (at least text length + 2 long) and returns the length written. Stops after
    /// <paramref name="maxLetters"/> letters. A combining mark counts with the letter before it.</summary>
    public static int Normalize(ReadOnlySpan<char> text, UnicodeScript script, Span<char> destination, int maxLetters)
    {
        int length = 0, letters = 0;
        bool inWord = false;
        bool latin = script == UnicodeScript.Latin;
        for (int i = 0; i < text.Length && letters < maxLetters; i++)
        {
            char c = text[i];
            if (c < 0x80)
            {
                // ASCII answers the tests below at once: only its letters are word characters, and they are Latin.
                if (!latin || !char.IsAsciiLetter(c))
                {
                    inWord = false;
                    continue;
                }
                if (!inWord)
                {
                    if (length == 0 || destination[length - 1] != ' ') destination[length++] = ' ';
                    inWord = true;
                }
                destination[length++] = (char)(c | 0x20);
                letters++;
                continue;
            }
            int start = i;
            int cp = ScriptClassifier.CodePointAt(text, ref i);
            bool keep = false;
            if (ScriptClassifier.IsWordCharacter(cp))
            {
                UnicodeScript s = ScriptClassifier.GetScript(cp);
                keep = s == script || (inWord && s is UnicodeScript.Inherited or UnicodeScript.Common);
            }
            if (!keep)
            {
                inWord = false;
                continue;
            }
            if (!inWord)
            {
                if (length == 0 || destination[length - 1] != ' ') destination[length++] = ' ';
                inWord = true;
            }
            if (i == start)
            {
                destination[length++] = char.ToLowerInvariant(text[i]);
            }
            else
            {
                destination[length++] = text[start];
                destination[length++] = text[i];
            }
            letters++;
        }
        if (length > 0) destination[length++] = ' ';
        return length;
    }

    /// <summary>Calls <paramref name="sink"/> for every n-gram of a normalized text.</summary>
    public static void Enumerate<TSink>(ReadOnlySpan<char> normalized, ref TSink sink)
        where TSink : struct, INgramSink
    {
        for (int i = 0; i < normalized.Length; i++)
        {
            ulong h = NgramHash.Offset;
            int end = Math.Min(normalized.Length, i + MaxN);
            for (int j = i; j < end; j++)
            {
                char c = normalized[j];
                h = NgramHash.Step(h, c);
                if (c == ' ')
                {
                    if (j == i) continue;        // the leading boundary alone is not an n-gram
                    sink.Add(normalized, i, j - i + 1, h);
                    break;                       // the word ended
                }
                sink.Add(normalized, i, j - i + 1, h);
            }
        }
    }

    /// <summary>How the profile file writes an n-gram: the boundary space as '_'.</summary>
    public static string ToStored(ReadOnlySpan<char> ngram) => ngram.ToString().Replace(' ', '_');

    /// <summary>The n-gram a stored one stands for ('_' back to the boundary space).</summary>
    public static string FromStored(string stored) => stored.Replace('_', ' ');
}
