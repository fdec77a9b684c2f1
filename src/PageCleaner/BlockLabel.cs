namespace PageCleaner;

/// <summary>What a block of a page is.</summary>
public enum BlockLabel
{
    /// <summary>Part of the article: title, byline, body text, in-article lists, quotes, captions.</summary>
    Content = 0,

    /// <summary>Site furniture: navigation, related/hot/recommended lists, footers, comments, share bars, ads.</summary>
    Boilerplate = 1,

    /// <summary>Text injected by a third party: link or keyword blocks about gambling, porn, pharma, loans and the like.</summary>
    Spam = 2,
}
