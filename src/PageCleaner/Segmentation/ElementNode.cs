using System.Text;

namespace PageCleaner.Segmentation;

/// <summary>
/// A block-level element of the page, shared by the blocks inside it. Holds what the features ask of a block's
/// ancestors: tag kinds, class/id categories with the distance to the nearest ancestor naming each, and the
/// amount of text and link text below it.
/// </summary>
internal sealed class ElementNode
{
    private const byte Far = byte.MaxValue;
    private readonly byte[] _categoryDistance;

    public ElementNode(string tag, string? id, string? className, ElementNode? parent, int siblingIndex, int tokenFlags)
    {
        Tag = tag;
        Id = id;
        ClassName = className;
        Parent = parent;
        SiblingIndex = siblingIndex;
        Depth = parent is null ? 0 : parent.Depth + 1;
        OwnKind = HtmlTags.KindOf(tag);
        Kinds = OwnKind | (parent?.Kinds ?? TagKind.None);
        TokenFlags = tokenFlags;
        _categoryDistance = new byte[MarkupTokenMatcher.CategoryCount];
        for (int c = 0; c < _categoryDistance.Length; c++)
        {
            byte inherited = parent is null ? Far : parent._categoryDistance[c];
            _categoryDistance[c] = (tokenFlags & (1 << c)) != 0 ? (byte)0 : inherited == Far ? Far : (byte)Math.Min(inherited + 1, Far - 1);
        }
    }

    public string Tag { get; }
    public string? Id { get; }
    public string? ClassName { get; }
    public ElementNode? Parent { get; }

    /// <summary>1-based position among the DOM siblings with the same element name.</summary>
    public int SiblingIndex { get; }

    /// <summary>Number of block-level ancestors.</summary>
    public int Depth { get; }

    public TagKind OwnKind { get; }

    /// <summary>Tag kinds of this element and all its block-level ancestors.</summary>
    public TagKind Kinds { get; }

    /// <summary>Class/id categories of this element alone.</summary>
    public int TokenFlags { get; }

    /// <summary>Non-whitespace characters of all blocks below (filled after segmentation).</summary>
    public int TextChars { get; set; }

    /// <summary>Of <see cref="TextChars"/>, those inside links.</summary>
    public int LinkChars { get; set; }

    /// <summary>Blocks below.</summary>
    public int BlockCount { get; set; }

    /// <summary>How much paragraph-like text this element holds as a container (filled after segmentation).</summary>
    public float ContentScore { get; set; }

    /// <summary>Levels up to the nearest element (this one is 0) whose class/id names <paramref name="category"/>; -1 if none.</summary>
    public int CategoryDistance(MarkupTokenCategory category)
    {
        byte d = _categoryDistance[(int)category];
        return d == Far ? -1 : d;
    }

    /// <summary>Whether this element is <paramref name="ancestor"/> or lies below it.</summary>
    public bool IsWithin(ElementNode ancestor)
    {
        for (ElementNode? e = this; e is not null; e = e.Parent)
        {
            if (ReferenceEquals(e, ancestor)) return true;
            if (e.Depth < ancestor.Depth) return false;
        }
        return false;
    }

    /// <summary>A readable path of block-level elements such as <c>html/body/div[2]/p[3]</c>; very deep paths keep their last 40 steps.</summary>
    public string BuildPath()
    {
        const int MaxSteps = 40;
        var steps = new List<ElementNode>(Math.Min(Depth + 1, MaxSteps));
        for (ElementNode? e = this; e is not null && steps.Count < MaxSteps; e = e.Parent) steps.Add(e);
        var sb = new StringBuilder();
        if (steps[^1].Parent is not null) sb.Append("…/");
        for (int i = steps.Count - 1; i >= 0; i--)
        {
            ElementNode e = steps[i];
            sb.Append(e.Tag);
            if (e.SiblingIndex > 1) sb.Append('[').Append(e.SiblingIndex).Append(']');
            if (i > 0) sb.Append('/');
        }
        return sb.ToString();
    }
}
