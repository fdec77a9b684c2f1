namespace PageCleaner.Documents;

/// <summary>Text decoded from a page's bytes, with the encoding that was used.</summary>
public sealed record DecodedText(string Text, DetectedEncoding Encoding);
