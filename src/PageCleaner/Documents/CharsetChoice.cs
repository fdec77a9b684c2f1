namespace PageCleaner.Documents;

/// <summary>How a page's bytes are decoded: the code page, the bytes of byte order mark skipped first, and what is reported about it.</summary>
internal readonly record struct CharsetChoice(int CodePage, int Skip, DetectedEncoding Encoding);
