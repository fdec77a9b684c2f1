namespace PageCleaner.CorpusGenerator.Markup;

/// <summary>How a page's source is laid out: indented, one element per line, or all on a few long lines.</summary>
internal enum Formatting
{
    Indented,
    Flat,
    Minified,
}
