namespace PageCleaner.CorpusGenerator.Parts;

/// <summary>
/// An article written for the corpus: its title, kind (news, blog, forum, product, docs), optional author and body.
/// A forum thread's body is its opening post and <see cref="Replies"/> holds the replies.
/// </summary>
internal sealed record ArticlePart(
    string Id,
    string Language,
    string Kind,
    string Title,
    string? Author,
    IReadOnlyList<string> Tags,
    IReadOnlyList<ArticleBlock> Blocks,
    IReadOnlyList<ForumPost> Replies)
{
    /// <summary>The first sentence-like stretch of the first paragraph, for teaser snippets on other pages.</summary>
    public string FirstParagraph
    {
        get
        {
            foreach (ArticleBlock block in Blocks)
            {
                if (block.IsProse) return block.Text;
            }
            return Title;
        }
    }
}
