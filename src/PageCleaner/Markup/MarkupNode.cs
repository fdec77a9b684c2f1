namespace PageCleaner.Markup;

/// <summary>
/// A node of a parsed page: the document, an element, a run of text or a comment (doctype and processing
/// instructions included). Positions are offsets in <see cref="MarkupDocument.Source"/>; text is cut out of it only
/// when asked for.
/// </summary>
internal sealed class MarkupNode
{
    private static readonly MarkupAttribute[] NoAttributes = [];

    private List<MarkupNode>? _children;
    private MarkupAttribute[] _attributes = NoAttributes;
    private string? _text;

    public MarkupNode(MarkupDocument document, MarkupNodeKind kind, string name, int start)
    {
        Document = document;
        Kind = kind;
        Name = name;
        Start = start;
        End = start;
    }

    public MarkupDocument Document { get; }
    public MarkupNodeKind Kind { get; }

    /// <summary>The element's name in lower case; "" for other nodes.</summary>
    public string Name { get; }

    public MarkupNode? Parent { get; private set; }

    /// <summary>Position among the parent's children.</summary>
    public int IndexInParent { get; private set; }

    /// <summary>Where the node starts: its <c>&lt;</c>, or its first character of text.</summary>
    public int Start { get; }

    /// <summary>Just past the node: past its end tag, or past its last content when the end tag is implied.</summary>
    public int End { get; internal set; }

    public int Length => End - Start;

    /// <summary>Just past the <c>&gt;</c> of an element's start tag.</summary>
    public int StartTagEnd { get; internal set; } = -1;

    /// <summary>Where the element's own end tag starts; -1 when it has none (void, self-closed or implied).</summary>
    public int EndTagStart { get; internal set; } = -1;

    /// <summary>Where the element's end tag ends (past its <c>&gt;</c>); -1 when it has none.</summary>
    public int EndTagEnd { get; internal set; } = -1;

    public IReadOnlyList<MarkupNode> Children => (IReadOnlyList<MarkupNode>?)_children ?? [];
    public int ChildCount => _children?.Count ?? 0;

    /// <summary>The children as a span (no interface calls in the walks that visit every node).</summary>
    internal ReadOnlySpan<MarkupNode> ChildSpan => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_children);

    public MarkupNode? FirstChild => _children is { Count: > 0 } c ? c[0] : null;
    public MarkupNode? LastChild => _children is { Count: > 0 } c ? c[^1] : null;
    public MarkupNode? PreviousSibling => Parent is null || IndexInParent == 0 ? null : Parent._children![IndexInParent - 1];
    public MarkupNode? NextSibling => Parent is null || IndexInParent + 1 >= Parent._children!.Count ? null : Parent._children[IndexInParent + 1];

    public IReadOnlyList<MarkupAttribute> Attributes => _attributes;
    public bool HasAttributes => _attributes.Length > 0;

    /// <summary>The 1-based line of the source the node starts on (0 for the text a stray <c>&lt;/form&gt;</c> leaves).</summary>
    public int Line => HasOwnText ? 0 : Document.LineAt(Start);

    // The parser this one follows gives the text of a stray </form> (the only text of its own) no line; the block
    // lines of the outputs keep that.
    internal bool HasOwnText => _ownText;

    /// <summary>The raw text of a text node, or the whole comment (<c>&lt;!-- ... --&gt;</c>) of a comment node.</summary>
    public string Text => _text ??= Kind is MarkupNodeKind.Text or MarkupNodeKind.Comment ? Document.Text.Slice(Start, Length).ToString() : "";

    /// <summary>The raw text of a text or comment node, as a span of the source where it is one (no copy).</summary>
    public ReadOnlySpan<char> TextSpan => _ownText ? _text : Kind is MarkupNodeKind.Text or MarkupNodeKind.Comment ? Document.Text.Slice(Start, Length) : default;

    // Text that differs from the source at the node's place (the lower-cased text of a stray </FORM>).
    private bool _ownText;

    internal string OwnText
    {
        init
        {
            _text = value;
            _ownText = true;
        }
    }

    /// <summary>
    /// The value of the attribute named <paramref name="lowerName"/> (lower case), or <paramref name="fallback"/> when
    /// the element has none. Of repeated attributes the last one counts.
    /// </summary>
    public string? GetAttribute(string lowerName, string? fallback = null) => Find(lowerName)?.Value ?? fallback;

    /// <summary>
    /// The value of the attribute named <paramref name="lowerName"/> (lower case) as a span of the source, without
    /// making a string of it; false when the element has none. Of repeated attributes the last one counts.
    /// </summary>
    public bool TryGetAttributeSpan(string lowerName, out ReadOnlySpan<char> value)
    {
        MarkupAttribute? attribute = Find(lowerName);
        value = attribute is null ? default : attribute.ValueSpan;
        return attribute is not null;
    }

    /// <summary>Whether the element has an attribute named <paramref name="lowerName"/> (lower case).</summary>
    public bool HasAttribute(string lowerName) => Find(lowerName) is not null;

    // The last attribute of that name (names are lower case, and shared strings when known).
    private MarkupAttribute? Find(string lowerName)
    {
        MarkupAttribute[] attributes = _attributes;
        for (int i = attributes.Length - 1; i >= 0; i--)
        {
            if (ReferenceEquals(attributes[i].Name, lowerName) || attributes[i].Name == lowerName) return attributes[i];
        }
        return null;
    }

    internal void SetAttributes(MarkupAttribute[] attributes) => _attributes = attributes;

    /// <summary>Elements from the root down to this node (0 for the document, 1 for a top-level element).</summary>
    public int Depth { get; private set; }

    internal void Append(MarkupNode child)
    {
        _children ??= new List<MarkupNode>(4);
        child.Parent = this;
        child.Depth = child.Kind == MarkupNodeKind.Element ? Depth + 1 : Depth;
        if (child.Depth > Document.MaxDepth) Document.MaxDepth = child.Depth;
        child.IndexInParent = _children.Count;
        _children.Add(child);
    }
}
