namespace PageCleaner.Documents;

/// <summary>
/// Recognises UTF-16 saved without a byte order mark (as some Windows tools write it): the zero high bytes of its ASCII
/// characters (markup, digits, Latin text) fall at every other position, and on the other positions there are almost
/// none. Binary data and text with stray NULs have them at both.
/// </summary>
internal static class BomlessUtf16
{
    private const int SniffBytes = 8192;

    /// <summary>The UTF-16 byte order the bytes are in, or null when they do not look like UTF-16.</summary>
    public static CharsetTarget? Detect(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> sample = bytes[..(Math.Min(bytes.Length, SniffBytes) & ~1)];
        int pairs = sample.Length / 2;
        // Every page's charset choice asks, and almost every page has no zero byte: one vectorised search answers for it.
        if (pairs < 16 || !sample.Contains((byte)0)) return null;
        int zeroFirst = 0, zeroSecond = 0;
        for (int i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) zeroFirst++;
            if (sample[i + 1] == 0) zeroSecond++;
        }
        // A fifth of the characters ASCII at the least, and under 1% zeros on the other side: Han characters whose low
        // byte is zero (U+4E00, U+5000, ...) are one in 256.
        if (zeroSecond * 5 >= pairs && zeroFirst * 100 < pairs) return new CharsetTarget("utf-16le", CharsetEncodings.Utf16LeCodePage);
        if (zeroFirst * 5 >= pairs && zeroSecond * 100 < pairs) return new CharsetTarget("utf-16be", CharsetEncodings.Utf16BeCodePage);
        return null;
    }
}
