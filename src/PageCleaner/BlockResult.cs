namespace PageCleaner;

/// <summary>One block of a cleaned page with its verdict and location.</summary>
/// <param name="Index">0-based position among the page's blocks.</param>
/// <param name="Label">The label given.</param>
/// <param name="Score">The probability of that label.</param>
/// <param name="Text">The block's text (whitespace collapsed; <c>\n</c> for line breaks inside it).</param>
/// <param name="Path">HTML: the path of block-level elements to it, e.g. <c>html/body/div[2]/p[3]</c>; null for text dumps.</param>
/// <param name="Line">1-based source line where the block starts.</param>
/// <param name="Hidden">Whether the page hides the text from readers.</param>
/// <param name="Tag">The element name holding the text (<c>p</c>, <c>li</c>, <c>h2</c>, ...), or <c>line</c> in a text dump.</param>
/// <param name="HeadingLevel">1 to 6 for headings, else 0.</param>
/// <param name="Preformatted">Whether the text comes from <c>&lt;pre&gt;</c> and keeps its spacing.</param>
public sealed record BlockResult(
    int Index,
    BlockLabel Label,
    float Score,
    string Text,
    string? Path,
    int Line,
    bool Hidden,
    string Tag,
    int HeadingLevel,
    bool Preformatted)
{
    /// <summary>Whether the block is a list item (<c>li</c>, <c>dt</c>, <c>dd</c>).</summary>
    public bool IsListItem => Tag is "li" or "dt" or "dd";

    /// <summary>Why the page hides the text (<see cref="PageCleaner.HiddenReasons.None"/> when <see cref="Hidden"/> is false).</summary>
    public HiddenReasons HiddenReasons { get; init; }
}
