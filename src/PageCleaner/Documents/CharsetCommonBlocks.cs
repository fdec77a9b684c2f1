namespace PageCleaner.Documents;

/// <summary>
/// The "level 1" (common) characters of each CJK encoding, taken from the encodings themselves: the national
/// standards put their few thousand everyday characters in one block of byte codes. GB2312 level 1 is B0A1-D7FE,
/// Big5's frequent block A440-C67E, JIS level 1 kanji 889F-9872 in Shift_JIS, KS X 1001 Hangul B0A1-C8FE.
/// A wrong decoding often lands outside these blocks.
/// </summary>
internal static class CharsetCommonBlocks
{
    private static readonly ulong[] Gb2312 = Build(54936, [(0xB0, 0xD7, 0xA1, 0xFE)]);
    private static readonly ulong[] Big5 = Build(950, [(0xA4, 0xC5, 0x40, 0x7E), (0xA4, 0xC5, 0xA1, 0xFE), (0xC6, 0xC6, 0x40, 0x7E)]);
    private static readonly ulong[] Jis = Build(932, [(0x88, 0x98, 0x40, 0x7E), (0x88, 0x98, 0x80, 0xFC)]);
    private static readonly ulong[] Hangul = Build(949, [(0xB0, 0xC8, 0xA1, 0xFE)]);

    /// <summary>Hanja of KS X 1001 (CAA1-FDFE): legitimate in Korean text, but not everyday.</summary>
    private static readonly ulong[] Hanja = Build(949, [(0xCA, 0xFD, 0xA1, 0xFE)]);

    public static bool IsCommon(EncodingScript script, char c) => script switch
    {
        EncodingScript.SimplifiedChinese => CharsetBitSet.Contains(Gb2312, c),
        EncodingScript.TraditionalChinese => CharsetBitSet.Contains(Big5, c),
        EncodingScript.Japanese => CharsetBitSet.Contains(Jis, c),
        EncodingScript.Korean => CharsetBitSet.Contains(Hangul, c),
        _ => false,
    };

    public static bool IsKoreanHanja(char c) => CharsetBitSet.Contains(Hanja, c);

    private static ulong[] Build(int codePage, (int LeadFrom, int LeadTo, int TrailFrom, int TrailTo)[] blocks)
    {
        var bytes = new List<byte>();
        foreach ((int leadFrom, int leadTo, int trailFrom, int trailTo) in blocks)
        {
            for (int lead = leadFrom; lead <= leadTo; lead++)
            {
                for (int trail = trailFrom; trail <= trailTo; trail++)
                {
                    // A space after each pair resynchronises the decoder if a code is unassigned.
                    bytes.Add((byte)lead);
                    bytes.Add((byte)trail);
                    bytes.Add((byte)' ');
                }
            }
        }
        ulong[] set = CharsetBitSet.Create();
        foreach (char c in CharsetEncodings.GetString(codePage, bytes.ToArray()))
        {
            if (CharsetScripts.IsHan(c) || CharsetScripts.IsHangulSyllable(c)) CharsetBitSet.Add(set, c);
        }
        return set;
    }
}
