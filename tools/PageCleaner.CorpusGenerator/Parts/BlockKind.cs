namespace PageCleaner.CorpusGenerator.Parts;

/// <summary>The kinds of block an article body is written in (see training-data/parts/README.md).</summary>
internal enum BlockKind
{
    Paragraph,
    Lead,
    Heading,
    Subheading,
    List,
    OrderedList,
    Quote,
    Caption,
    Table,
    Code,
}
