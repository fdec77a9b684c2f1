namespace PageCleaner.Documents;

/// <summary>The encoding a page was decoded with and why.</summary>
/// <param name="Name">The encoding's canonical web name, lower case (<c>utf-8</c>, <c>gb18030</c>, <c>big5</c>, <c>shift_jis</c>, <c>euc-kr</c>, <c>windows-1251</c>, <c>windows-1252</c>, <c>utf-16le</c>, <c>utf-16be</c>).</param>
/// <param name="Evidence">What decided it.</param>
/// <param name="Detail">One human-readable sentence, e.g. <c>declared gb2312 in meta charset, decoded as gb18030</c>.</param>
public sealed record DetectedEncoding(string Name, EncodingEvidence Evidence, string Detail);
