namespace PageCleaner.Learning.Training;

/// <summary>The forms labeled samples come in.</summary>
internal enum SampleKind
{
    /// <summary>HTML whose elements carry <c>data-pc-label</c>.</summary>
    AnnotatedHtml,

    /// <summary>A text dump with <c>c|</c>, <c>b|</c>, <c>s|</c> before each line.</summary>
    LabeledDump,

    /// <summary>A page (HTML or dump) with its expected clean text beside it; labels come from alignment.</summary>
    PageWithExpectedText,

    /// <summary>A page with must-have / must-not-have snippets; partial labels.</summary>
    PageWithSnippets,

    /// <summary>A JSON Lines file of records <c>{"html"|"text": ..., "expected": ...}</c>.</summary>
    JsonLines,
}
