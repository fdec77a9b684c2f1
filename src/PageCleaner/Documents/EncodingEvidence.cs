namespace PageCleaner.Documents;

/// <summary>What decided the encoding a page was decoded with, in order of precedence.</summary>
public enum EncodingEvidence
{
    /// <summary>A byte order mark (UTF-8, UTF-16 LE/BE).</summary>
    ByteOrderMark,

    /// <summary>
    /// A declaration that the bytes agree with: in the page's transport (the charset of an HTTP <c>Content-Type</c>) or in
    /// the page (<c>&lt;meta charset&gt;</c>, <c>http-equiv</c>, XML declaration).
    /// </summary>
    Declared,

    /// <summary>Nothing usable was declared and the bytes are valid UTF-8.</summary>
    ValidUtf8,

    /// <summary>Nothing usable was declared (or the declaration was wrong) and the bytes were scored against the candidate legacy encodings.</summary>
    Guessed,

    /// <summary>The caller named the encoding.</summary>
    Caller,
}
