namespace PageCleaner.CorpusGenerator.Markup;

/// <summary>The training labels of training-data/README.md.</summary>
internal enum Label
{
    Content,
    Boilerplate,
    Spam,
}
