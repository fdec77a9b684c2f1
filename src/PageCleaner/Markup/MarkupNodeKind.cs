namespace PageCleaner.Markup;

/// <summary>What a node of a parsed page is.</summary>
// One byte: a page has thousands of nodes.
internal enum MarkupNodeKind : byte
{
    Document,
    Element,
    Text,
    Comment,
}
