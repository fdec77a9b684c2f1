namespace PageCleaner.SpamInjection.Augmentation;

/// <summary>Marks an injected block's outermost element with <c>data-pc-label="spam"</c>.</summary>
internal static class SpamLabel
{
    /// <summary>The markup with the attribute added to its first start tag.</summary>
    public static string Add(string markup)
    {
        int open = markup.IndexOf('<', StringComparison.Ordinal);
        if (open < 0) throw new ArgumentException("the block has no element to label", nameof(markup));
        int end = open + 1;
        while (end < markup.Length && char.IsAsciiLetterOrDigit(markup[end])) end++;
        return markup.Insert(end, " data-pc-label=\"spam\"");
    }
}
