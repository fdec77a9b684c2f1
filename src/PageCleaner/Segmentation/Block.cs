namespace PageCleaner.Segmentation;

/// <summary>
/// One unit of a page that gets one label: a paragraph, heading, list item, table cell, a run of text between
/// <c>&lt;br&gt;&lt;br&gt;</c>, or one line of a text dump.
/// </summary>
internal sealed class Block
{
    public required int Index { get; init; }

    /// <summary>Text with entities decoded and whitespace collapsed; <c>\n</c> marks a single <c>&lt;br&gt;</c> (and the lines of <c>&lt;pre&gt;</c>).</summary>
    public required string Text { get; init; }

    /// <summary>Name of the block-level element holding the text, or <c>line</c> for a text dump.</summary>
    public required string Tag { get; init; }

    /// <summary>1 to 6 inside h1 to h6, else 0.</summary>
    public int HeadingLevel { get; init; }

    /// <summary>The block-level element holding the text (null for text dumps).</summary>
    public ElementNode? Element { get; init; }

    /// <summary>1-based source line: where the text starts in the HTML, or the dump's line number.</summary>
    public int Line { get; init; }

    /// <summary>Non-whitespace characters inside links.</summary>
    public int LinkChars { get; init; }

    /// <summary>Number of anchors with an href that start inside the block.</summary>
    public int LinkCount { get; init; }

    /// <summary>The href values of those anchors (up to a limit), as written.</summary>
    public IReadOnlyList<string> LinkTargets { get; init; } = [];

    /// <summary>Whether the text is hidden from readers (see <see cref="HiddenReasons"/>).</summary>
    public bool Hidden => HiddenReasons != HiddenReasons.None;

    /// <summary>Why the text is hidden: inline style, style-sheet rule, <c>hidden</c>, <c>aria-hidden</c>, <c>&lt;marquee&gt;</c>, after <c>&lt;/html&gt;</c>.</summary>
    public HiddenReasons HiddenReasons { get; init; }

    /// <summary>Inside <c>&lt;pre&gt;</c>: spacing and line breaks are kept.</summary>
    public bool Preformatted { get; init; }

    /// <summary>Class/id categories of the inline elements (span, a, em, ...) that hold the block's text.</summary>
    public int InlineTokenFlags { get; init; }

    /// <summary>Tag kinds of those inline elements (e.g. the whole text sits in an anchor).</summary>
    public TagKind InlineKinds { get; init; }

    /// <summary>Text dumps: spaces or tabs before the text on its line.</summary>
    public int LeadingSpaces { get; init; }

    /// <summary>Text dumps: a blank line (or the start of the file) comes before this line.</summary>
    public bool BlankBefore { get; init; }

    /// <summary>Text dumps: a blank line (or the end of the file) comes after this line.</summary>
    public bool BlankAfter { get; init; }

    /// <summary>The label an annotated training page gives this block; null when the page carries none.</summary>
    public BlockLabel? Annotation { get; set; }
}
