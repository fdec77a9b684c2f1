namespace PageCleaner.SpamInjection.Injection;

/// <summary>Where an injected block goes.</summary>
public enum Place
{
    /// <summary>Between two parts of the article body.</summary>
    InsideArticle,

    /// <summary>Right after the article's last part, inside its container.</summary>
    ArticleEnd,

    /// <summary>At the end of the page, before <c>&lt;/body&gt;</c>.</summary>
    PageEnd,

    /// <summary>After <c>&lt;/html&gt;</c>.</summary>
    AfterHtml,
}
