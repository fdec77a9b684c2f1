namespace PageCleaner.Markup;

/// <summary>How an attribute's value was written.</summary>
internal enum MarkupQuote
{
    /// <summary>A bare name (<c>hidden</c>): no value at all.</summary>
    WithoutValue,

    /// <summary><c>a=1</c>, or <c>a=</c> with nothing after it.</summary>
    Unquoted,

    SingleQuote,
    DoubleQuote,
}
