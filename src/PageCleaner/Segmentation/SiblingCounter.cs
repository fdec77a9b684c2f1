using System.Runtime.InteropServices;
using HtmlAgilityPack;

namespace PageCleaner.Segmentation;

/// <summary>Numbers element children by name (the 2 in <c>div[2]</c>), reusing one dictionary per walk.</summary>
internal sealed class SiblingCounter
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public void Number(HtmlNodeCollection children, Span<int> indexes)
    {
        _counts.Clear();
        for (int i = 0; i < children.Count; i++)
        {
            HtmlNode child = children[i];
            if (child.NodeType != HtmlNodeType.Element) continue;
            // One look-up per child: the count is bumped where it lies in the dictionary.
            indexes[i] = ++CollectionsMarshal.GetValueRefOrAddDefault(_counts, child.Name, out _);
        }
    }
}
