namespace PageCleaner;

/// <summary>Names of <see cref="BlockLabel"/> values as they appear in files, JSON and the command line.</summary>
public static class BlockLabels
{
    /// <summary>Number of labels; the classifier scores each block once per label.</summary>
    public const int Count = 3;

    /// <summary>The lower-case name: <c>content</c>, <c>boilerplate</c> or <c>spam</c>.</summary>
    public static string Name(BlockLabel label) => label switch
    {
        BlockLabel.Content => "content",
        BlockLabel.Boilerplate => "boilerplate",
        BlockLabel.Spam => "spam",
        _ => throw new ArgumentOutOfRangeException(nameof(label)),
    };

    /// <summary>Parses a name (case-insensitive); false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> name, out BlockLabel label)
    {
        label = BlockLabel.Boilerplate;
        if (name.Equals("content", StringComparison.OrdinalIgnoreCase)) label = BlockLabel.Content;
        else if (name.Equals("spam", StringComparison.OrdinalIgnoreCase)) label = BlockLabel.Spam;
        else if (!name.Equals("boilerplate", StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }
}
