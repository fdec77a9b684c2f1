using PageCleaner.Markup;

namespace PageCleaner.Segmentation;

/// <summary>
/// Tells a fade-in wrapper from hidden text. Script-driven pages render their main part inside an element with an
/// inline <c>opacity:0</c> that a script (or an animation) raises once the page has loaded; readers see that text.
/// An element hidden by opacity alone that holds a large share of the page's text is such a wrapper. Injected spam
/// hidden the same way is one block among the page's text, far below that share. An element at the first frame of a
/// scroll-in animation (zero opacity while a transform moves it) is revealed whatever its share: product pages slide
/// in each section that way.
/// </summary>
internal sealed class FadeInWrappers
{
    // A wrapper holds at least this share of the page's visible-to-be text, and at least this many characters.
    private const double MinPageShare = 0.4;
    private const int MinChars = 500;

    private readonly MarkupDocument _document;
    private int _pageChars = -1;

    public FadeInWrappers(MarkupDocument document) => _document = document;

    /// <summary>True when <paramref name="node"/>, hidden by <paramref name="reasons"/>, is a fade-in wrapper.</summary>
    public bool IsFadeIn(MarkupNode node, HiddenReasons reasons)
    {
        if (reasons != HiddenReasons.Transparent || !InlineStyleVisibility.HidesOnlyByOpacity(node.GetAttribute("style"), out bool slidesIn)) return false;
        if (slidesIn) return true;
        if (_pageChars < 0) _pageChars = TextChars(_document.Root, int.MaxValue);
        int needed = Math.Max(MinChars, (int)Math.Ceiling(_pageChars * MinPageShare));
        return TextChars(node, needed) >= needed;
    }

    // Non-space characters of the text under a node (scripts and styles left out), counted up to a cap. Each
    // wrapper candidate is the outermost hidden element on its path, so their subtrees do not overlap.
    private static int TextChars(MarkupNode root, int cap)
    {
        int count = 0;
        var stack = new Stack<MarkupNode>();
        stack.Push(root);
        while (stack.Count > 0 && count < cap)
        {
            MarkupNode node = stack.Pop();
            if (node.Kind == MarkupNodeKind.Text)
            {
                foreach (char c in node.TextSpan)
                {
                    if (!char.IsWhiteSpace(c)) count++;
                }
                continue;
            }
            if (node.Kind == MarkupNodeKind.Element && HtmlTags.Skipped.Contains(node.Name)) continue;
            for (MarkupNode? child = node.LastChild; child is not null; child = child.PreviousSibling) stack.Push(child);
        }
        return count;
    }
}
