using System.Text;

namespace PageCleaner.Rendering;

/// <summary>Content blocks as Markdown: headings with #, list items with -, quotes with &gt;, preformatted text fenced.</summary>
public static class MarkdownRenderer
{
    /// <summary>Renders the content blocks of <paramref name="result"/>, under its title when the body does not start with it.</summary>
    public static string Render(CleanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder();
        BlockResult? previous = null;
        foreach (BlockResult b in result.Blocks)
        {
            if (b.Label != BlockLabel.Content) continue;
            if (previous is null && NeedsTitle(result.Title, b)) sb.Append("# ").Append(result.Title).Append("\n\n");
            if (previous is not null) sb.Append(previous.IsListItem && b.IsListItem ? "\n" : "\n\n");
            AppendBlock(sb, b);
            previous = b;
        }
        if (sb.Length > 0) sb.Append('\n');
        return sb.ToString();
    }

    // The body already starts with the title when its first block is a heading or part of the title
    // (titles often read "Headline | Site name").
    private static bool NeedsTitle(string? title, BlockResult first) =>
        !string.IsNullOrWhiteSpace(title) && first.HeadingLevel == 0
        && !title.Contains(first.Text, StringComparison.Ordinal) && !first.Text.Contains(title, StringComparison.Ordinal);

    private static void AppendBlock(StringBuilder sb, BlockResult b)
    {
        if (b.Preformatted)
        {
            string fence = b.Text.Contains("```", StringComparison.Ordinal) ? "~~~~" : "```";
            sb.Append(fence).Append('\n').Append(b.Text).Append('\n').Append(fence);
            return;
        }
        string text = b.Text.Replace("\n", "  \n", StringComparison.Ordinal);
        if (b.HeadingLevel > 0) sb.Append('#', b.HeadingLevel).Append(' ').Append(text.Replace("  \n", " ", StringComparison.Ordinal));
        else if (b.IsListItem) sb.Append("- ").Append(text);
        else if (b.Tag == "blockquote") sb.Append("> ").Append(text.Replace("\n", "\n> ", StringComparison.Ordinal));
        else sb.Append(EscapeLineStart(text));
    }

    // A paragraph that happens to start with "#", "-" or "1." must not turn into a heading or list.
    private static string EscapeLineStart(string text)
    {
        if (text.Length == 0) return text;
        char c = text[0];
        if (c is '#' or '-' or '+' or '*' or '>' || (char.IsAsciiDigit(c) && text.AsSpan().TrimStart("0123456789").StartsWith(". ")))
            return "\\" + text;
        return text;
    }
}
