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
            _counts.TryGetValue(child.Name, out int seen);
            _counts[child.Name] = ++seen;
            indexes[i] = seen;
        }
    }
}
