namespace PageCleaner.CorpusGenerator.Planning;

/// <summary>How much of the article a page shows.</summary>
internal enum Length
{
    /// <summary>The whole article.</summary>
    Full,
    /// <summary>Some blocks in the middle dropped.</summary>
    Trimmed,
    /// <summary>The title and two paragraphs (a brief, a stub, a teaser page).</summary>
    Short,
}
