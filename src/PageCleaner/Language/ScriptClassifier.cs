using System.Runtime.CompilerServices;

namespace PageCleaner.Language;

/// <summary>
/// The Unicode script of characters (from the generated <c>UnicodeScriptRanges</c>) and script histograms of texts.
/// The Basic Multilingual Plane is a 64 KiB table built once; other planes use a binary search of the ranges.
/// </summary>
public static class ScriptClassifier
{
    private static readonly byte[] Bmp = BuildBmpTable();

    /// <summary>The script of one UTF-16 unit. A surrogate on its own is <see cref="UnicodeScript.Unknown"/>; use
    /// <see cref="GetScript(int)"/> with the code point for characters outside the BMP.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnicodeScript GetScript(char c) => (UnicodeScript)Bmp[c];

    /// <summary>The script of a code point (0 to 10FFFF); out-of-range values are <see cref="UnicodeScript.Unknown"/>.</summary>
    public static UnicodeScript GetScript(int codePoint)
    {
        if ((uint)codePoint <= 0xFFFF) return (UnicodeScript)Bmp[codePoint];
        if ((uint)codePoint > 0x10FFFF) return UnicodeScript.Unknown;
        return (UnicodeScript)UnicodeScriptRanges.Scripts[RangeOf(codePoint)];
    }

    /// <summary>Counts the letters (and combining marks) of <paramref name="text"/> per script. A mark in the
    /// Inherited or Common script counts for the script of the letter before it.</summary>
    public static ScriptHistogram Histogram(ReadOnlySpan<char> text)
    {
        var histogram = new ScriptHistogram();
        var previous = UnicodeScript.Common;
        int latin = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 0x80)
            {
                // ASCII between other scripts' text (typographic quotes make most English text not ASCII): its
                // letters are Latin and set the script that marks after them take; the rest is skipped.
                if (IsWordCharacter(c))
                {
                    latin++;
                    previous = UnicodeScript.Latin;
                }
                continue;
            }
            int cp = CodePointAt(text, ref i);
            if (!IsWordCharacter(cp)) continue;
            UnicodeScript script = GetScript(cp);
            if (script is UnicodeScript.Inherited or UnicodeScript.Common) script = previous;
            else previous = script;
            if (script is UnicodeScript.Inherited or UnicodeScript.Common) continue;
            histogram.Add(script);
        }
        if (latin > 0) histogram.Add(UnicodeScript.Latin, latin);
        return histogram;
    }

    /// <summary>Whether a code point is part of a word: a letter, or a combining mark (Indic vowel signs, accents).</summary>
    internal static bool IsWordCharacter(int codePoint)
    {
        if (codePoint < 0x80) return (uint)((codePoint | 0x20) - 'a') <= 'z' - 'a';
        var category = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category <= System.Globalization.UnicodeCategory.EnclosingMark; // Lu Ll Lt Lm Lo Mn Mc Me
    }

    /// <summary>The code point at <paramref name="i"/>; advances <paramref name="i"/> past a surrogate pair's low
    /// half. A lone surrogate is returned as itself (its script is Unknown).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int CodePointAt(ReadOnlySpan<char> text, ref int i)
    {
        char c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            i++;
            return char.ConvertToUtf32(c, text[i]);
        }
        return c;
    }

    private static int RangeOf(int codePoint)
    {
        ReadOnlySpan<int> starts = UnicodeScriptRanges.Starts;
        int found = starts.BinarySearch(codePoint);
        return found >= 0 ? found : ~found - 1;
    }

    private static byte[] BuildBmpTable()
    {
        var table = new byte[0x10000];
        ReadOnlySpan<int> starts = UnicodeScriptRanges.Starts;
        ReadOnlySpan<byte> scripts = UnicodeScriptRanges.Scripts;
        for (int r = 0; r < starts.Length && starts[r] <= 0xFFFF; r++)
        {
            int end = r + 1 < starts.Length ? Math.Min(starts[r + 1], 0x10000) : 0x10000;
            table.AsSpan(starts[r], end - starts[r]).Fill(scripts[r]);
        }
        return table;
    }
}
