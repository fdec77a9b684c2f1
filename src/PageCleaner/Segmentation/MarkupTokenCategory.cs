namespace PageCleaner.Segmentation;

/// <summary>What the words in an element's class and id attributes say the element is.</summary>
internal enum MarkupTokenCategory
{
    Navigation,
    Footer,
    Comment,
    Related,
    Share,
    Advertising,
    Sidebar,
    Content,
    Header,
    Byline,
    Title,
    Hidden,
    Tags,
    Pagination,
    Form,
    Popup,
}
