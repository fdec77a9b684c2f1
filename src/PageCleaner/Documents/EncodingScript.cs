namespace PageCleaner.Documents;

/// <summary>The writing a candidate legacy encoding is expected to carry.</summary>
internal enum EncodingScript
{
    SimplifiedChinese,
    TraditionalChinese,
    Japanese,
    Korean,
    Cyrillic,
    Latin,
}
