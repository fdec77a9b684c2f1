using System.Text;

namespace PageCleaner.Rendering;

/// <summary>Content blocks as plain text: a blank line between paragraphs, list items on consecutive lines.</summary>
public static class PlainTextRenderer
{
    /// <summary>Renders the content blocks of <paramref name="blocks"/>.</summary>
    public static string Render(IReadOnlyList<BlockResult> blocks)
    {
        var sb = new StringBuilder();
        BlockResult? previous = null;
        foreach (BlockResult b in blocks)
        {
            if (b.Label != BlockLabel.Content) continue;
            if (previous is not null) sb.Append(previous.IsListItem && b.IsListItem ? "\n" : "\n\n");
            sb.Append(b.Text);
            previous = b;
        }
        if (sb.Length > 0) sb.Append('\n');
        return sb.ToString();
    }
}
