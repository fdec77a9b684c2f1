namespace PageCleaner.CorpusGenerator.Parts;

/// <summary>
/// One block of an article body. <see cref="Items"/> holds the text: one entry for a paragraph, heading, quote or
/// caption; one per item for lists; one per row for tables (cells separated by <c>|</c>); one per line for code.
/// </summary>
internal sealed record ArticleBlock(BlockKind Kind, IReadOnlyList<string> Items)
{
    public string Text => Items[0];

    /// <summary>Blocks that a short rendition of the article may keep as its body.</summary>
    public bool IsProse => Kind is BlockKind.Paragraph or BlockKind.Lead;

    public static IReadOnlyList<string> Cells(string row)
    {
        var cells = new List<string>();
        foreach (string cell in row.Trim().Trim('|').Split('|')) cells.Add(cell.Trim());
        return cells;
    }
}
