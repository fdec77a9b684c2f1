namespace PageCleaner.CorpusGenerator.Parts;

/// <summary>A reply in a forum thread: its author's user name and its body.</summary>
internal sealed record ForumPost(string User, IReadOnlyList<ArticleBlock> Blocks);
