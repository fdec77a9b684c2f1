namespace PageCleaner.CorpusGenerator.Layouts;

/// <summary>How an article's paragraphs are marked up.</summary>
internal enum ParagraphMode
{
    /// <summary>&lt;p&gt; per paragraph.</summary>
    P,
    /// <summary>&lt;p&gt; with a full-width indent, as Chinese portals print paragraphs.</summary>
    IndentedP,
    /// <summary>&lt;div&gt; per paragraph.</summary>
    Div,
    /// <summary>Text separated by &lt;br&gt;&lt;br&gt; in one container (old portals, forum posts).</summary>
    Breaks,
}
