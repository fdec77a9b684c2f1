namespace PageCleaner.CorpusGenerator.Planning;

/// <summary>
/// The bytes' encoding (a .NET code page, or 65001 for UTF-8), the label a declaration uses for it, and how it is
/// declared: <c>meta-charset</c>, <c>http-equiv</c> or <c>none</c>.
/// </summary>
internal sealed record EncodingPlan(int CodePage, string Label, string Declaration)
{
    public static readonly EncodingPlan Utf8Meta = new(65001, "utf-8", "meta-charset");

    public bool IsUtf8 => CodePage == 65001;
}
