namespace PageCleaner.Markup;

/// <summary>What a node of a parsed page is.</summary>
internal enum MarkupNodeKind
{
    Document,
    Element,
    Text,
    Comment,
}
