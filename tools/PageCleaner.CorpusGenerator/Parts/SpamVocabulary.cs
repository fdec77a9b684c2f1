namespace PageCleaner.CorpusGenerator.Parts;

/// <summary>
/// Injected-spam words of one language: <c>[keywords]</c> (link titles), <c>[prefixes]</c> (the labels such blocks
/// carry), <c>[sentences]</c> (comment-spam sentences) and <c>[users]</c> (spam account names).
/// </summary>
internal sealed class SpamVocabulary
{
    public SpamVocabulary(string language, SectionFile file)
    {
        Language = language;
        Keywords = file.Get("keywords");
        Prefixes = file.Get("prefixes");
        Sentences = file.Get("sentences");
        Users = file.Get("users");
    }

    public string Language { get; }

    public IReadOnlyList<string> Keywords { get; }

    public IReadOnlyList<string> Prefixes { get; }

    public IReadOnlyList<string> Sentences { get; }

    public IReadOnlyList<string> Users { get; }
}
