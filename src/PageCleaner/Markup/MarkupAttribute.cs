namespace PageCleaner.Markup;

/// <summary>
/// An attribute of a start tag, kept as positions in the page source; its value is cut out of the source the first
/// time it is read. The value is raw: character references stay as written, like the page's text nodes.
/// </summary>
internal sealed class MarkupAttribute
{
    private readonly MarkupDocument _document;
    private string? _value;

    public MarkupAttribute(MarkupDocument document, string name, int nameStart, int nameLength)
    {
        _document = document;
        Name = name;
        NameStart = nameStart;
        NameLength = nameLength;
    }

    /// <summary>The name in lower case.</summary>
    public string Name { get; }

    /// <summary>Where the name starts in the source.</summary>
    public int NameStart { get; }

    public int NameLength { get; }

    /// <summary>Where the value starts in the source (after its opening quote); the name's end when there is none.</summary>
    public int ValueStart { get; internal set; } = -1;

    public int ValueLength { get; internal set; }

    public MarkupQuote Quote { get; internal set; } = MarkupQuote.WithoutValue;

    /// <summary>Just past the attribute in the source: past the closing quote of a quoted value.</summary>
    public int End => Quote switch
    {
        MarkupQuote.WithoutValue => NameStart + NameLength,
        MarkupQuote.Unquoted => ValueStart + ValueLength,
        _ => Math.Min(ValueStart + ValueLength + 1, _document.Length),
    };

    /// <summary>The value as written, as a span of the source.</summary>
    public ReadOnlySpan<char> ValueSpan => _value ?? (ValueLength == 0 ? default : _document.Text.Slice(ValueStart, ValueLength));

    /// <summary>The value as written ("" for a bare name).</summary>
    public string Value => _value ??= ValueLength == 0 ? "" : _document.Text.Slice(ValueStart, ValueLength).ToString();
}
