namespace PageCleaner.Markup;

/// <summary>A parsed page: its source text and the tree of its nodes (see <see cref="MarkupParser"/>).</summary>
internal sealed class MarkupDocument
{
    private int[]? _lineStarts;

    internal MarkupDocument(string source)
    {
        Source = source;
        Root = new MarkupNode(this, MarkupNodeKind.Document, "", 0) { End = source.Length };
    }

    /// <summary>The text that was parsed.</summary>
    public string Source { get; }

    /// <summary>The document node: the parent of the top-level nodes.</summary>
    public MarkupNode Root { get; }

    /// <summary>The depth of the deepest element (see <see cref="MarkupNode.Depth"/>).</summary>
    public int MaxDepth { get; internal set; }

    /// <summary>The <c>style</c> elements, in document order (listed as parsed, so that finding them needs no walk).</summary>
    public IReadOnlyList<MarkupNode> StyleElements => _styleElements;

    private readonly List<MarkupNode> _styleElements = [];

    internal void AddStyleElement(MarkupNode style) => _styleElements.Add(style);

    /// <summary>Parses <paramref name="source"/>.</summary>
    public static MarkupDocument Parse(string source) => MarkupParser.Parse(source);

    /// <summary>The 1-based line that <paramref name="position"/> is on (lines end at '\n').</summary>
    public int LineAt(int position)
    {
        int[] starts = _lineStarts ??= LineStarts(Source);
        int i = Array.BinarySearch(starts, position);
        return i >= 0 ? i + 1 : ~i;
    }

    private static int[] LineStarts(string source)
    {
        var starts = new List<int> { 0 };
        ReadOnlySpan<char> text = source;
        int at = 0, next;
        while ((next = text[at..].IndexOf('\n')) >= 0)
        {
            at += next + 1;
            starts.Add(at);
        }
        return [.. starts];
    }
}
