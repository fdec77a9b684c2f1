using PageCleaner.Markup;

namespace PageCleaner.Segmentation;

/// <summary>
/// The text nodes of the parsed document that each block's text came from, in document order. Filled by
/// <see cref="HtmlSegmenter"/> only when asked (the label command needs it to write labels back into the page).
/// </summary>
internal sealed class BlockSources
{
    private readonly List<MarkupNode> _pending = [];
    private readonly List<MarkupNode[]> _blocks = [];

    /// <summary>Number of blocks recorded; equals the page's block count once segmentation is done.</summary>
    public int Count => _blocks.Count;

    /// <summary>The text nodes of block <paramref name="index"/>, whitespace-only ones included.</summary>
    public IReadOnlyList<MarkupNode> this[int index] => _blocks[index];

    internal void Add(MarkupNode node) => _pending.Add(node);

    /// <summary>Closes the text collected since the last call: it becomes the next block's, or is dropped when no block came of it.</summary>
    internal void EndBlock(bool produced)
    {
        if (produced) _blocks.Add(_pending.ToArray());
        _pending.Clear();
    }
}
