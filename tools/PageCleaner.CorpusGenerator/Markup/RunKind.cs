namespace PageCleaner.CorpusGenerator.Markup;

/// <summary>Inline pieces of a block's text.</summary>
internal enum RunKind
{
    Text,
    Link,
    Strong,
    Emphasis,
    Span,
    Button,
    LineBreak,
    /// <summary>Markup with no text of its own (an image, an input).</summary>
    Markup,
}
