namespace PageCleaner.Markup;

/// <summary>
/// A parsed page: its source text and the tree of its nodes (see <see cref="MarkupParser"/>). The text is a string,
/// or the first characters of a buffer its owner lends for the life of the document (a pooled one, so that every
/// page's text is not a new string on the large-object heap).
/// </summary>
internal sealed class MarkupDocument
{
    private readonly List<MarkupNode> _styleElements = [];
    private readonly char[]? _buffer;
    private string? _source;
    private int[]? _lineStarts;

    internal MarkupDocument(string source)
    {
        _source = source;
        Length = source.Length;
        Root = new MarkupNode(this, MarkupNodeKind.Document, "", 0) { End = source.Length };
    }

    internal MarkupDocument(char[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
        Root = new MarkupNode(this, MarkupNodeKind.Document, "", 0) { End = length };
    }

    /// <summary>The text that was parsed (made into a string on first use when it was parsed from a buffer).</summary>
    public string Source => _source ??= new string(_buffer!, 0, Length);

    /// <summary>The text that was parsed, without making a string of it.</summary>
    public ReadOnlySpan<char> Text => _source is not null ? _source.AsSpan() : _buffer.AsSpan(0, Length);

    /// <summary>The length of the text.</summary>
    public int Length { get; }

    /// <summary>The document node: the parent of the top-level nodes.</summary>
    public MarkupNode Root { get; }

    /// <summary>The depth of the deepest element (see <see cref="MarkupNode.Depth"/>).</summary>
    public int MaxDepth { get; internal set; }

    /// <summary>The <c>style</c> elements, in document order (listed as parsed, so that finding them needs no walk).</summary>
    public IReadOnlyList<MarkupNode> StyleElements => _styleElements;

    internal void AddStyleElement(MarkupNode style) => _styleElements.Add(style);

    /// <summary>The 1-based line that <paramref name="position"/> is on (lines end at '\n').</summary>
    public int LineAt(int position)
    {
        int[] starts = _lineStarts ??= LineStarts(Text);
        int i = Array.BinarySearch(starts, position);
        return i >= 0 ? i + 1 : ~i;
    }

    private static int[] LineStarts(ReadOnlySpan<char> text)
    {
        var starts = new List<int> { 0 };
        int at = 0, next;
        while ((next = text[at..].IndexOf('\n')) >= 0)
        {
            at += next + 1;
            starts.Add(at);
        }
        return [.. starts];
    }
}
