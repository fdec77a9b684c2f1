namespace PageCleaner.Documents;

/// <summary>Maps declared charset labels to encodings, with WHATWG-style aliases (gb2312 is decoded as gb18030, latin1 as windows-1252).</summary>
internal static class CharsetLabels
{
    private static readonly Dictionary<string, CharsetTarget> Known = Build();

    /// <summary>The encoding for <paramref name="label"/>, or null when it is unknown.</summary>
    public static CharsetTarget? Resolve(string label)
    {
        if (label.Length == 0) return null;
        return Known.TryGetValue(label, out CharsetTarget? target) ? target : CharsetEncodings.FromDotNetName(label);
    }

    private static Dictionary<string, CharsetTarget> Build()
    {
        var map = new Dictionary<string, CharsetTarget>(StringComparer.OrdinalIgnoreCase);
        Add(map, "gb18030", 54936, "gb18030 gb2312 gbk x-gbk gb_2312-80 gb_2312 cp936 ms936 windows-936 chinese csgb2312 iso-ir-58 euc-cn");
        // Code page 950 is Microsoft's Big5; HKSCS extras it lacks come out as private-use or U+FFFD.
        Add(map, "big5", 950, "big5 big5-hkscs x-x-big5 cn-big5 csbig5 cp950 windows-950");
        // Code page 932 (windows-31j) is a superset of Shift_JIS, as browsers decode it.
        Add(map, "shift_jis", 932, "shift_jis shift-jis sjis x-sjis ms_kanji windows-31j cp932 ms932 csshiftjis csWindows31J");
        // Code page 949 (UHC) is a superset of EUC-KR.
        Add(map, "euc-kr", 949, "euc-kr ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 cp949 windows-949 korean csksc56011987 iso-ir-149 cseuckr");
        Add(map, "windows-1251", 1251, "windows-1251 cp1251 x-cp1251");
        Add(map, "windows-1252", 1252, "windows-1252 cp1252 x-cp1252 iso-8859-1 iso8859-1 iso_8859-1 latin1 l1 us-ascii ascii ansi_x3.4-1968 cp819 ibm819 csisolatin1");
        Add(map, "utf-8", CharsetEncodings.Utf8CodePage, "utf-8 utf8 unicode-1-1-utf-8 x-unicode20utf8");
        // A byte-oriented page that says utf-16 is read as UTF-8, as the HTML standard requires.
        Add(map, "utf-8", CharsetEncodings.Utf8CodePage, "utf-16 utf-16le utf-16be unicode ucs-2 unicodefffe");
        Add(map, "koi8-r", 20866, "koi8-r koi8 koi cskoi8r");
        Add(map, "koi8-u", 21866, "koi8-u koi8-ru");
        Add(map, "iso-8859-2", 28592, "iso-8859-2 iso8859-2 latin2 l2");
        Add(map, "iso-8859-5", 28595, "iso-8859-5 iso8859-5 cyrillic");
        Add(map, "iso-8859-7", 28597, "iso-8859-7 iso8859-7 greek");
        Add(map, "iso-8859-15", 28605, "iso-8859-15 iso8859-15 latin9 l9");
        Add(map, "windows-1250", 1250, "windows-1250 cp1250 x-cp1250");
        Add(map, "windows-1253", 1253, "windows-1253 cp1253 x-cp1253");
        Add(map, "windows-1254", 1254, "windows-1254 cp1254 x-cp1254 iso-8859-9 latin5");
        Add(map, "windows-1256", 1256, "windows-1256 cp1256 x-cp1256");
        Add(map, "windows-874", 874, "windows-874 tis-620 iso-8859-11 dos-874");
        Add(map, "euc-jp", 51932, "euc-jp x-euc-jp cseucpkdfmtjapanese");
        Add(map, "iso-2022-jp", 50220, "iso-2022-jp csiso2022jp");
        return map;
    }

    private static void Add(Dictionary<string, CharsetTarget> map, string name, int codePage, string labels)
    {
        var target = new CharsetTarget(name, codePage);
        foreach (string label in labels.Split(' ', StringSplitOptions.RemoveEmptyEntries)) map[label] = target;
    }
}
