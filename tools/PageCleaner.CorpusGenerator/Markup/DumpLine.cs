namespace PageCleaner.CorpusGenerator.Markup;

/// <summary>
/// A line a scraper would write for a block: its text (or, for a link row, its links), label, whether it is hidden
/// on screen, whether it is a body paragraph (blank line after it in some dumps) and whether it lies in the article
/// zone (indented in some dumps), and how deep in the page's element tree it sits (for dumps indented by depth).
/// </summary>
internal sealed record DumpLine(string Text, IReadOnlyList<string>? Links, Label Label, bool Hidden, bool Paragraph, bool ArticleZone, int Depth = 0);
