namespace PageCleaner.CorpusGenerator.Planning;

/// <summary>Where an injected spam block sits in a page.</summary>
internal enum SpamPlacement
{
    /// <summary>Right after &lt;body&gt;.</summary>
    BodyStart,
    /// <summary>Just before &lt;/body&gt;.</summary>
    BodyEnd,
    /// <summary>Inside the article container, between two of its blocks.</summary>
    InArticle,
    /// <summary>Inside the article container, after its last block.</summary>
    AfterArticle,
    /// <summary>Inside the footer.</summary>
    Footer,
    /// <summary>A sidebar widget.</summary>
    Sidebar,
    /// <summary>After &lt;/html&gt;.</summary>
    AfterHtml,
    /// <summary>A comment, forum reply or product review posted by a spammer.</summary>
    Comment,
}
