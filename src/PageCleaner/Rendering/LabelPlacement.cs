using PageCleaner.Markup;
using PageCleaner.Segmentation;
using PageCleaner.Text;

namespace PageCleaner.Rendering;

/// <summary>
/// Decides where <c>data-pc-label</c> attributes go so that every block reads back with its own label. Walking down
/// from the root: an element whose text all has one label, or at least three quarters of it, takes that label when
/// it differs from what the element inherits; the walk stops where everything below already inherits the right
/// label; and a text node whose label differs from the one it would inherit (text of blocks sharing an element, such
/// as runs split by <c>&lt;br&gt;&lt;br&gt;</c>, or text directly in the body) is wrapped in a labeled span. So
/// every text the segmenter reads has a labeled ancestor of its block's label: nothing is left to the
/// unlabeled-is-boilerplate rule.
/// </summary>
internal sealed class LabelPlacement
{
    private const int None = -1;

    private LabelPlacement()
    {
    }

    /// <summary>Elements to label, with their label.</summary>
    public Dictionary<MarkupNode, BlockLabel> Elements { get; } = [];

    /// <summary>Text nodes to wrap in a labeled span, with their label.</summary>
    public Dictionary<MarkupNode, BlockLabel> Texts { get; } = [];

    /// <summary>Elements the page hides (so segmentation marks their blocks hidden) that hold labeled text.</summary>
    public List<MarkupNode> Hidden { get; } = [];

    /// <param name="document">The parsed page the blocks came from.</param>
    /// <param name="sources">Each block's text nodes.</param>
    /// <param name="labels">Each block's label.</param>
    /// <param name="canLabel">Whether an attribute can be added to an element (its start tag is in the source).</param>
    public static LabelPlacement Compute(MarkupDocument document, BlockSources sources, IReadOnlyList<BlockLabel> labels, Func<MarkupNode, bool> canLabel)
    {
        var textLabels = new Dictionary<MarkupNode, BlockLabel>();
        for (int b = 0; b < sources.Count; b++)
        {
            foreach (MarkupNode node in sources[b]) textLabels[node] = labels[b];
        }

        List<MarkupNode> nodes = DocumentOrder.Of(document.Root);
        var index = new Dictionary<MarkupNode, int>(nodes.Count);
        for (int i = 0; i < nodes.Count; i++) index[nodes[i]] = i;
        var parent = new int[nodes.Count];
        var chars = new int[nodes.Count * BlockLabels.Count];
        for (int i = 0; i < nodes.Count; i++)
        {
            MarkupNode? p = nodes[i].Parent;
            parent[i] = p is not null && index.TryGetValue(p, out int pi) ? pi : None;
            if (textLabels.TryGetValue(nodes[i], out BlockLabel label)) chars[(i * BlockLabels.Count) + (int)label] += VisibleChars(nodes[i].Text);
        }
        // Children come after their parent in document order, so a backward pass sums each subtree.
        for (int i = nodes.Count - 1; i > 0; i--)
        {
            if (parent[i] == None) continue;
            for (int l = 0; l < BlockLabels.Count; l++) chars[(parent[i] * BlockLabels.Count) + l] += chars[(i * BlockLabels.Count) + l];
        }

        var placement = new LabelPlacement();
        var fadeIns = new FadeInWrappers(document);
        var panels = new CollapsedPanels(document);
        var effective = new int[nodes.Count];
        var settled = new bool[nodes.Count];
        for (int i = 0; i < nodes.Count; i++)
        {
            MarkupNode node = nodes[i];
            ReadOnlySpan<int> counts = chars.AsSpan(i * BlockLabels.Count, BlockLabels.Count);
            int total = counts[0] + counts[1] + counts[2];
            if (total > 0 && node.Kind == MarkupNodeKind.Element && HtmlSegmenter.IsHiddenElement(node, fadeIns, panels)) placement.Hidden.Add(node);
            int p = parent[i];
            if ((p != None && settled[p]) || total == 0)
            {
                settled[i] = true;
                continue;
            }
            int inherited = p == None ? None : effective[p];
            int major = Majority(counts);
            if (node.Kind == MarkupNodeKind.Text)
            {
                if (major != inherited) placement.Texts[node] = (BlockLabel)major;
                settled[i] = true;
                continue;
            }
            int mine = inherited;
            bool uniform = counts[major] == total;
            if (node.Kind == MarkupNodeKind.Element && major != inherited && IsMostly(counts[major], total) && !IsRoot(node) && canLabel(node))
            {
                placement.Elements[node] = (BlockLabel)major;
                mine = major;
            }
            effective[i] = mine;
            // Everything below carries one label and already inherits it: nothing more to mark inside.
            settled[i] = mine == major && uniform;
        }
        return placement;
    }

    // The document's own frame stays unlabeled, as a person labeling by hand leaves it: what lies outside every
    // labeled element is boilerplate by the format's rule, and the labels sit on the parts of the page.
    private static bool IsRoot(MarkupNode element) => element.Name is "html" or "body" or "head";

    // A container whose text is mostly of one label takes it (an article with a share bar inside is content); one of
    // mixed parts (a page wrapper) is left unlabeled and its parts are labeled instead.
    private static bool IsMostly(int count, int total) => count * 4 >= total * 3;

    // The label with the most characters; ties go to the earlier label.
    private static int Majority(ReadOnlySpan<int> counts)
    {
        int best = 0;
        for (int l = 1; l < counts.Length; l++)
        {
            if (counts[l] > counts[best]) best = l;
        }
        return best;
    }

    // Non-space characters after entity decoding, as the segmenter counts them.
    private static int VisibleChars(string raw)
    {
        int n = 0;
        foreach (char c in HtmlEntities.Decode(raw))
        {
            if (!CharClass.IsSpace(c)) n++;
        }
        return n;
    }
}
