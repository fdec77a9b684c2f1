using System.Runtime.InteropServices;
using PageCleaner.Markup;

namespace PageCleaner.Segmentation;

/// <summary>Numbers element children by name (the 2 in <c>div[2]</c>), reusing one dictionary per walk.</summary>
internal sealed class SiblingCounter
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    // Up to this many children, earlier siblings are compared directly: cheaper than hashing every name, and most
    // elements have few children (a paragraph's text, a link's label).
    private const int FewChildren = 8;

    public void Number(ReadOnlySpan<MarkupNode> children, Span<int> indexes)
    {
        if (children.Length <= FewChildren)
        {
            NumberFew(children, indexes);
            return;
        }
        _counts.Clear();
        for (int i = 0; i < children.Length; i++)
        {
            MarkupNode child = children[i];
            if (child.Kind != MarkupNodeKind.Element) continue;
            // One look-up per child: the count is bumped where it lies in the dictionary.
            indexes[i] = ++CollectionsMarshal.GetValueRefOrAddDefault(_counts, child.Name, out _);
        }
    }

    private static void NumberFew(ReadOnlySpan<MarkupNode> children, Span<int> indexes)
    {
        for (int i = 0; i < children.Length; i++)
        {
            MarkupNode child = children[i];
            if (child.Kind != MarkupNodeKind.Element) continue;
            string name = child.Name;
            int index = 1;
            for (int j = 0; j < i; j++)
            {
                MarkupNode earlier = children[j];
                if (earlier.Kind == MarkupNodeKind.Element && string.Equals(earlier.Name, name, StringComparison.Ordinal)) index++;
            }
            indexes[i] = index;
        }
    }
}
