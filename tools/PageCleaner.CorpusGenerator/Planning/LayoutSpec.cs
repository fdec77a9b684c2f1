using PageCleaner.CorpusGenerator.Markup;

namespace PageCleaner.CorpusGenerator.Planning;

/// <summary>
/// A layout family: its name (for the manifest), whether the frame is built of tables (old portals and forums) or
/// of divs/HTML5 elements, whether HTML5 elements are used, and how classes are named.
/// </summary>
internal sealed record LayoutSpec(string Name, bool Tables, bool Semantic, NamingScheme Naming)
{
    public static readonly LayoutSpec Semantic5 = new("semantic", false, true, NamingScheme.Meaningful);
    public static readonly LayoutSpec DivNamed = new("div-named", false, false, NamingScheme.Meaningful);
    public static readonly LayoutSpec DivHashed = new("div-hashed", false, false, NamingScheme.Hashed);
    public static readonly LayoutSpec Utility = new("utility", false, true, NamingScheme.Utility);
    public static readonly LayoutSpec WordPress = new("wordpress", false, true, NamingScheme.WordPress);
    public static readonly LayoutSpec TablePortal = new("table-portal", true, false, NamingScheme.Bare);
    public static readonly LayoutSpec TableNamed = new("table-named", true, false, NamingScheme.Meaningful);
    public static readonly LayoutSpec ForumTable = new("forum-table", true, false, NamingScheme.Meaningful);
    public static readonly LayoutSpec ForumDiv = new("forum-div", false, false, NamingScheme.Meaningful);
    public static readonly LayoutSpec ForumModern = new("forum-modern", false, true, NamingScheme.Hashed);
    public static readonly LayoutSpec Shop = new("shop", false, true, NamingScheme.Meaningful);
    public static readonly LayoutSpec ShopHashed = new("shop-hashed", false, false, NamingScheme.Hashed);
    public static readonly LayoutSpec Docs = new("docs", false, true, NamingScheme.Meaningful);
    public static readonly LayoutSpec DocsUtility = new("docs-utility", false, true, NamingScheme.Utility);
    public static readonly LayoutSpec DocsBare = new("docs-bare", false, false, NamingScheme.Bare);
    public static readonly LayoutSpec FarmDiv = new("farm-div", false, false, NamingScheme.Meaningful);

    /// <summary>The layouts a page kind can be rendered with, and their weights.</summary>
    public static (LayoutSpec Layout, double Weight)[] For(string kind) => kind switch
    {
        "news" => [(Semantic5, 3), (DivNamed, 3), (DivHashed, 2), (Utility, 1.5), (WordPress, 1), (TableNamed, 0.7)],
        "blog" => [(WordPress, 3), (Semantic5, 2), (DivNamed, 1.5), (DivHashed, 1.5), (Utility, 1)],
        "portal" => [(TablePortal, 3), (DivNamed, 2), (DivHashed, 1), (TableNamed, 1)],
        "farm" => [(FarmDiv, 3), (TablePortal, 1), (DivHashed, 1)],
        "forum" => [(ForumTable, 2), (ForumDiv, 2), (ForumModern, 1.5)],
        "product" => [(Shop, 2), (ShopHashed, 1.5), (Utility, 1)],
        "docs" => [(Docs, 2), (DocsUtility, 1), (DocsBare, 1)],
        _ => [(DivNamed, 1)],
    };
}
