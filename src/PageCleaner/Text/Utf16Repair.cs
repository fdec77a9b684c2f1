namespace PageCleaner.Text;

/// <summary>
/// Replaces unpaired surrogates with U+FFFD, as a decoder does with invalid bytes. A string from a caller can hold
/// them (a cut in the middle of a pair, bad interop); left in, they would make UTF-8 and JSON writers throw.
/// </summary>
internal static class Utf16Repair
{
    /// <summary>Returns <paramref name="text"/> itself when every surrogate is paired, else a repaired copy.</summary>
    public static string ReplaceLoneSurrogates(string text)
    {
        int first = FirstLoneSurrogate(text, 0);
        if (first < 0) return text;
        char[] chars = text.ToCharArray();
        for (int i = first; i >= 0; i = FirstLoneSurrogate(text, i + 1)) chars[i] = '\uFFFD';
        return new string(chars);
    }

    private static int FirstLoneSurrogate(string text, int from)
    {
        for (int i = from; i < text.Length; i++)
        {
            char c = text[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }
}
