namespace PageCleaner.Documents;

/// <summary>A legacy encoding the detector may guess, with the script its text should be in.</summary>
internal sealed class EncodingCandidate
{
    private EncodingCandidate(string name, int codePage, EncodingScript script)
    {
        Target = new CharsetTarget(name, codePage);
        Script = script;
    }

    /// <summary>All candidates; on equal scores the earlier one wins.</summary>
    public static IReadOnlyList<EncodingCandidate> All { get; } =
    [
        new("windows-1252", 1252, EncodingScript.Latin),
        new("gb18030", 54936, EncodingScript.SimplifiedChinese),
        new("big5", 950, EncodingScript.TraditionalChinese),
        new("shift_jis", 932, EncodingScript.Japanese),
        new("euc-kr", 949, EncodingScript.Korean),
        new("windows-1251", 1251, EncodingScript.Cyrillic),
    ];

    public CharsetTarget Target { get; }

    public EncodingScript Script { get; }

    public string Name => Target.Name;

    public static EncodingCandidate? ForCodePage(int codePage)
    {
        foreach (EncodingCandidate candidate in All)
        {
            if (candidate.Target.CodePage == codePage) return candidate;
        }
        return null;
    }
}
