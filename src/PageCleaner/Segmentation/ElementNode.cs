namespace PageCleaner.Segmentation;

/// <summary>
/// A block-level element of the page, shared by the blocks inside it. Holds what the features ask of a block's
/// ancestors: tag kinds, class/id categories with the distance to the nearest ancestor naming each, and the
/// amount of text and link text below it.
/// </summary>
internal sealed class ElementNode
{
    private const byte Far = byte.MaxValue;

    // Held in the node itself rather than in an array of its own: one allocation per block-level element, not two.
    private CategoryDistances _categoryDistance;

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
        for (int c = 0; c < MarkupTokenMatcher.CategoryCount; c++)
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
        // Measured on the way up, then written from the end backwards into the string: every block of every page
        // gets its path, and this makes one string and nothing else.
        const int MaxSteps = 40;
        int steps = 0, length = 0;
        ElementNode? top = this;
        for (ElementNode? e = this; e is not null && steps < MaxSteps; e = e.Parent)
        {
            steps++;
            length += e.Tag.Length + (e.SiblingIndex > 1 ? Digits(e.SiblingIndex) + 2 : 0);
            top = e;
        }
        length += steps - 1;
        bool cut = top!.Parent is not null;
        if (cut) length += 2;
        return string.Create(length, (this, steps, cut), static (chars, state) =>
        {
            int at = chars.Length;
            ElementNode? e = state.Item1;
            for (int k = 0; k < state.steps; k++, e = e.Parent)
            {
                if (e!.SiblingIndex > 1)
                {
                    chars[--at] = ']';
                    int digits = Digits(e.SiblingIndex);
                    at -= digits;
                    e.SiblingIndex.TryFormat(chars.Slice(at, digits), out _, default, System.Globalization.CultureInfo.InvariantCulture);
                    chars[--at] = '[';
                }
                at -= e.Tag.Length;
                e.Tag.CopyTo(chars[at..]);
                if (k < state.steps - 1 || state.cut) chars[--at] = '/';
            }
            if (state.cut) chars[--at] = '…';
        });
    }

    private static int Digits(int n)
    {
        int digits = 1;
        while (n >= 10)
        {
            n /= 10;
            digits++;
        }
        return digits;
    }

    [System.Runtime.CompilerServices.InlineArray(MarkupTokenMatcher.CategoryCount)]
    private struct CategoryDistances
    {
        private byte _first;
    }
}
