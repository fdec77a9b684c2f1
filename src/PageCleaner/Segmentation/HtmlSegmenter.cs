using PageCleaner.Markup;
using PageCleaner.Documents;
using PageCleaner.Text;

namespace PageCleaner.Segmentation;

/// <summary>
/// Cuts a parsed HTML document into blocks at block-level boundaries, walking the DOM once with an explicit
/// stack (no recursion, so nesting depth cannot overflow the call stack).
/// </summary>
internal sealed class HtmlSegmenter
{
    private readonly int _maxBlockDepth, _maxElementDepth;

    /// <param name="maxBlockDepth">Block-level elements nested deeper than this are treated as inline: their text joins the enclosing block.</param>
    /// <param name="maxElementDepth">A page with elements nested deeper than this is refused (a safety net behind the flattening before parsing).</param>
    public HtmlSegmenter(int maxBlockDepth, int maxElementDepth = int.MaxValue)
    {
        _maxBlockDepth = maxBlockDepth;
        _maxElementDepth = maxElementDepth;
    }

    private readonly record struct Frame(MarkupNode Node, bool Exit, bool Boundary, int SiblingIndex);

    /// <summary>Cuts the parsed page into blocks.</summary>
    /// <param name="document">The parsed page.</param>
    /// <param name="encoding">How its bytes were decoded (kept in the result).</param>
    /// <param name="readAnnotations">Whether to read <c>data-pc-label</c> attributes into <see cref="Block.Annotation"/>.</param>
    /// <param name="sources">When given, receives the text nodes of every block (see <see cref="BlockSources"/>).</param>
    /// <param name="deadline">Checked every few thousand nodes (time limit and cancellation).</param>
    public SegmentedPage Segment(MarkupDocument document, DetectedEncoding encoding, bool readAnnotations, BlockSources? sources = null, PageDeadline deadline = default)
    {
        var blocks = new List<Block>();
        var builder = new BlockBuilder();
        var walk = new Stack<Frame>();
        var contexts = new Stack<WalkContext>();
        var siblingCounter = new SiblingCounter();
        var titles = new TitleCollector();
        var tokenCache = new MarkupTokenCache();
        var address = new PageAddressCollector();
        StyleSheet styles = StyleSheet.FromDocument(document);
        var fadeIns = new FadeInWrappers(document);
        var panels = new CollapsedPanels(document);
        var lines = new ForwardLineCounter(document);
        contexts.Push(default);
        walk.Push(new Frame(document.Root, false, false, 1));

        void Flush()
        {
            Block? block = builder.Flush(blocks.Count, readAnnotations);
            if (block is not null) blocks.Add(block);
            sources?.EndBlock(block is not null);
        }

        int steps = 0;
        while (walk.Count > 0)
        {
            if ((++steps & 4095) == 0) deadline.Check();
            Frame frame = walk.Pop();
            MarkupNode node = frame.Node;
            if (frame.Exit)
            {
                contexts.Pop();
                if (frame.Boundary) Flush();
                if (IsDocumentElement(node))
                {
                    // Whatever the parser left after </html> sits beside it at the root: hidden from the page as written.
                    Flush();
                    contexts.Pop();
                    contexts.Push(default(WalkContext) with { Hidden = HiddenReasons.AfterHtml });
                }
                continue;
            }
            switch (node.Kind)
            {
                case MarkupNodeKind.Text:
                    ReadOnlySpan<char> raw = node.TextSpan;
                    sources?.Add(node);
                    // The block's line is where its visible text starts: "<p>\n  text" starts on the line after <p>.
                    int line = node.HasOwnText ? node.Line : lines.LineAt(node.Start + LeadingSpaces(raw));
                    if (raw.Contains('&')) builder.AddText(HtmlEntities.Decode(raw.ToString()), contexts.Peek(), line);
                    else builder.AddText(raw, contexts.Peek(), line);
                    continue;
                case MarkupNodeKind.Document:
                    PushChildren(walk, node, siblingCounter);
                    continue;
                case MarkupNodeKind.Element:
                    break;
                default:
                    continue;
            }

            string name = node.Name;
            address.Offer(node);
            if (titles.Offer(node) || HtmlTags.Skipped.Contains(name)) continue;
            if (name == "br")
            {
                if (builder.AddLineBreak()) Flush();
                continue;
            }
            if (name == "hr")
            {
                Flush();
                continue;
            }

            WalkContext parent = contexts.Peek();
            HiddenReasons own = HiddenReasonsOf(node, styles);
            if (parent.Hidden == HiddenReasons.None && fadeIns.IsFadeIn(node, own)) own = HiddenReasons.None;
            if (own != HiddenReasons.None && panels.IsPanel(node)) own = HiddenReasons.None;
            HiddenReasons hidden = parent.Hidden | own;
            bool deepEnough = parent.Element is null || parent.Element.Depth < _maxBlockDepth;
            bool boundary = deepEnough && (HtmlTags.BlockLevel.Contains(name) || (hidden != HiddenReasons.None && parent.Hidden == HiddenReasons.None));
            // Class and id are looked at as spans; only a block-level element keeps them as strings.
            node.TryGetAttributeSpan("class", out ReadOnlySpan<char> classSpan);
            node.TryGetAttributeSpan("id", out ReadOnlySpan<char> idSpan);
            int tokens = tokenCache.Match(classSpan) | tokenCache.Match(idSpan);
            BlockLabel? annotation = parent.Annotation;
            if (readAnnotations && BlockLabels.TryParse(node.GetAttribute("data-pc-label"), out BlockLabel label)) annotation = label;

            ElementNode? element = parent.Element;
            int inlineTokens = parent.InlineTokenFlags;
            TagKind inlineKinds = parent.InlineKinds;
            if (boundary)
            {
                Flush();
                element = new ElementNode(name, node.GetAttribute("id"), node.GetAttribute("class"), parent.Element, frame.SiblingIndex, tokens);
                inlineTokens = 0;
                inlineKinds = TagKind.None;
            }
            else
            {
                inlineTokens |= tokens;
                inlineKinds |= HtmlTags.KindOf(name);
            }
            int linkDepth = parent.LinkDepth;
            if (name == "a" && node.GetAttribute("href") is string href)
            {
                linkDepth++;
                builder.AddLink(href);
            }
            if (contexts.Count > _maxElementDepth)
                throw new PageRejectedException($"HTML nested more than {_maxElementDepth} elements deep even after flattening (raise --max-nesting-depth, or CleanerOptions.MaxNestingDepth)");
            contexts.Push(new WalkContext(element, hidden, linkDepth, annotation, inlineTokens, inlineKinds, parent.Preformatted || name == "pre"));
            walk.Push(new Frame(node, true, boundary, 0));
            PushChildren(walk, node, siblingCounter);
        }
        Flush();
        return new SegmentedPage(InputKind.Html, blocks, titles.Title, encoding) { Address = address.Address };
    }

    /// <summary>
    /// Hidden by its own attributes (<c>hidden</c>, <c>aria-hidden="true"</c>, an inline style) once the load-time
    /// reveals are applied as the walk applies them: the page's html, body and main, fade-in wrappers, and collapsed
    /// panels.
    /// </summary>
    internal static bool IsHiddenElement(MarkupNode node, FadeInWrappers fadeIns, CollapsedPanels panels)
    {
        HiddenReasons own = OwnHiddenReasons(node) & ~RevealedOnLoad(node.Name);
        return own != HiddenReasons.None && !fadeIns.IsFadeIn(node, own) && !panels.IsPanel(node);
    }

    /// <summary>How the element's own attributes hide it: <c>hidden</c>, <c>aria-hidden="true"</c>, an inline style.</summary>
    internal static HiddenReasons OwnHiddenReasons(MarkupNode node)
    {
        if (!node.HasAttributes) return HiddenReasons.None;
        HiddenReasons reasons = node.TryGetAttributeSpan("style", out ReadOnlySpan<char> style) ? InlineStyleVisibility.Reasons(style) : HiddenReasons.None;
        if (node.HasAttribute("hidden") && !IsStreamedSegment(node)) reasons |= HiddenReasons.HiddenAttribute;
        if (node.TryGetAttributeSpan("aria-hidden", out ReadOnlySpan<char> ariaHidden) && ariaHidden.Trim().Equals("true", StringComparison.OrdinalIgnoreCase)) reasons |= HiddenReasons.AriaHidden;
        return reasons;
    }

    // React's streaming server rendering sends late parts of a page as <div hidden id="S:0"> (ids S:<n>, n in
    // hexadecimal: S:9, S:a, S:1f), which its script moves into place at once: readers see them, so the hidden
    // attribute is not taken at its word there.
    private static bool IsStreamedSegment(MarkupNode node)
    {
        string? id = node.GetAttribute("id");
        if (node.Name != "div" || id is null || id.Length < 3 || id[0] != 'S' || id[1] != ':') return false;
        foreach (char c in id.AsSpan(2))
        {
            if (!char.IsAsciiHexDigitLower(c)) return false;
        }
        return true;
    }

    // The element's own attributes, the page's style rules, and <marquee>.
    private static HiddenReasons HiddenReasonsOf(MarkupNode node, StyleSheet styles)
    {
        HiddenReasons reasons = OwnHiddenReasons(node) | styles.Match(node);
        if (node.Name == "marquee") reasons |= HiddenReasons.Marquee;
        return reasons & ~RevealedOnLoad(node.Name);
    }

    // Hiding the whole page or its main landmark is a load-time reveal, not hidden text: fade-ins (<main
    // style="opacity:0">, anti-flicker snippets putting opacity:0 or visibility:hidden on <html>) and anti-framing
    // snippets (body{display:none} until a script shows it). Injected spam hides its own block, never these.
    // StyleSheet.Match already ignores the page's rules for html and body; this covers their inline styles and <main>.
    private static HiddenReasons RevealedOnLoad(string name) => name switch
    {
        "html" or "body" => HiddenReasons.Transparent | HiddenReasons.VisibilityHidden | HiddenReasons.DisplayNone,
        "main" => HiddenReasons.Transparent | HiddenReasons.VisibilityHidden,
        _ => HiddenReasons.None,
    };

    private static bool IsDocumentElement(MarkupNode node) =>
        node.Name == "html" && node.Parent is { Kind: MarkupNodeKind.Document };

    // Where the first visible character of a text node is (its length when it has none).
    private static int LeadingSpaces(ReadOnlySpan<char> raw)
    {
        int n = 0;
        while (n < raw.Length && CharClass.IsSpace(raw[n])) n++;
        return n;
    }

    private static void PushChildren(Stack<Frame> walk, MarkupNode node, SiblingCounter counter)
    {
        ReadOnlySpan<MarkupNode> children = node.ChildSpan;
        int n = children.Length;
        if (n == 0) return;
        Span<int> indexes = n <= 256 ? stackalloc int[n] : new int[n];
        counter.Number(children, indexes);
        for (int i = n - 1; i >= 0; i--) walk.Push(new Frame(children[i], false, false, indexes[i]));
    }
}
