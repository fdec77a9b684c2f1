using PageCleaner.CorpusGenerator.Randomness;

namespace PageCleaner.CorpusGenerator.Markup;

/// <summary>
/// Gives each role of a page (header, article body, related list, ...) its class attribute under one naming scheme,
/// choosing once per page among synonyms so that one page is consistent and different pages differ.
/// </summary>
internal sealed class ClassNamer
{
    private readonly Dictionary<string, string?> _chosen = new(StringComparer.Ordinal);
    private readonly Rng _rng;
    private readonly string _hashStyle;

    public ClassNamer(NamingScheme scheme, Rng rng)
    {
        Scheme = scheme;
        _rng = rng;
        _hashStyle = rng.Pick(HashStyles);
    }

    public NamingScheme Scheme { get; }

    /// <summary>The class attribute (<c>class="..."</c>) for a role, or an empty string.</summary>
    public string Attr(string role, string? extra = null)
    {
        string? name = Name(role);
        if (extra is not null) name = name is null ? extra : $"{name} {extra}";
        return name is null ? "" : $"class=\"{name}\"";
    }

    /// <summary>The class value for a role, or null when the scheme leaves it unnamed.</summary>
    public string? Name(string role)
    {
        if (_chosen.TryGetValue(role, out string? name)) return name;
        name = Scheme switch
        {
            NamingScheme.Meaningful => Meaningful(role),
            NamingScheme.WordPress => WordPressName(role) ?? Meaningful(role),
            NamingScheme.Hashed => Hashed(),
            NamingScheme.Utility => _rng.Pick(UtilityClasses) + (_rng.Chance(0.5) ? " " + _rng.Pick(UtilityClasses) : ""),
            _ => null,
        };
        _chosen[role] = name;
        return name;
    }

    private string Meaningful(string role) =>
        Synonyms.TryGetValue(role, out string[]? names) ? _rng.Pick(names) : role;

    private string Hashed() => _hashStyle switch
    {
        "css" => "css-" + _rng.Token(_rng.Between(5, 7)),
        "sc" => "sc-" + _rng.Token(6, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        "underscore" => "_" + _rng.Token(_rng.Between(4, 6)),
        _ => _rng.Token(1, "abcdefghijklmnopqrstuvwxyz") + _rng.Token(_rng.Between(5, 9)) + (_rng.Chance(0.5) ? " " + _rng.Token(1, "abcdefghijklmnopqrstuvwxyz") + _rng.Token(5) : ""),
    };

    private static string? WordPressName(string role) => role switch
    {
        "page" => "site",
        "header" => "site-header",
        "logo" => "site-title",
        "nav" => "main-navigation",
        "main" => "site-main",
        "article" => "post type-post status-publish format-standard hentry",
        "title" => "entry-title",
        "meta" => "entry-meta",
        "body" => "entry-content",
        "sidebar" => "widget-area",
        "widget" => "widget",
        "widget-title" => "widget-title",
        "comments" => "comments-area",
        "comment" => "comment-body",
        "footer" => "site-footer",
        "tags" => "tags-links",
        "share" => "sharedaddy sd-sharing-enabled",
        "pager" => "post-navigation",
        "author" => "author-bio",
        "related" => "jp-relatedposts",
        _ => null,
    };

    private static readonly string[] HashStyles = ["css", "sc", "underscore", "mixed"];

    private static readonly string[] UtilityClasses =
    [
        "mx-auto", "max-w-3xl", "px-4", "py-2", "mt-6", "mb-4", "text-sm", "text-gray-600", "flex", "grid", "gap-4",
        "col-span-8", "col-span-4", "md:flex", "lg:w-2/3", "lg:w-1/3", "space-y-3", "font-semibold", "leading-7",
        "border-t", "rounded", "shadow-sm", "bg-white", "hidden-xs", "col-md-8", "col-md-4", "row", "container",
    ];

    private static readonly Dictionary<string, string[]> Synonyms = new(StringComparer.Ordinal)
    {
        ["page"] = ["wrapper", "wrap", "page", "container", "main-wrap", "site-wrap"],
        ["header"] = ["header", "top", "masthead", "site-header", "head-wrap", "topbar"],
        ["logo"] = ["logo", "brand", "site-logo", "site-name"],
        ["nav"] = ["nav", "menu", "main-nav", "navbar", "channel-nav", "top-menu"],
        ["breadcrumb"] = ["breadcrumb", "crumbs", "position", "location", "bread-nav"],
        ["main"] = ["main", "content", "main-content", "left", "col-main", "primary"],
        ["article"] = ["article", "post", "story", "news-detail", "article-wrap", "detail"],
        ["title"] = ["title", "article-title", "headline", "post-title", "news-title"],
        ["meta"] = ["meta", "article-meta", "info", "byline", "post-info", "source"],
        ["body"] = ["article-body", "content", "post-content", "text", "story-body", "article-content", "TRS_Editor"],
        ["sidebar"] = ["sidebar", "side", "right", "col-side", "aside", "rightbar"],
        ["widget"] = ["widget", "box", "side-box", "module", "panel"],
        ["widget-title"] = ["widget-title", "box-title", "hd", "tit", "panel-heading"],
        ["related"] = ["related", "related-news", "xgyd", "more-news", "also-read", "related-posts"],
        ["hot"] = ["hot", "hot-news", "rank", "popular", "most-read", "hotlist"],
        ["recommended"] = ["recommend", "rec", "for-you", "suggest", "picks"],
        ["latest"] = ["latest", "newest", "recent", "news-list", "rolling"],
        ["list"] = ["list", "news-list", "items", "txt-list", "link-list"],
        ["date"] = ["date", "time", "pubtime", "post-date", "timestamp"],
        ["comments"] = ["comments", "comment", "cmt", "discuss", "comment-box", "reply-area"],
        ["comment"] = ["comment-item", "cmt-item", "reply", "comment-body"],
        ["share"] = ["share", "share-bar", "social", "bdsharebuttonbox", "share-tools"],
        ["tags"] = ["tags", "tag-list", "keywords", "post-tags", "labels"],
        ["author"] = ["author", "author-box", "about-author", "writer", "bio"],
        ["footer"] = ["footer", "foot", "site-footer", "bottom", "copyright-wrap"],
        ["copyright"] = ["copyright", "copy", "legal", "footer-bottom"],
        ["cookie"] = ["cookie-banner", "cookie-notice", "consent", "gdpr", "cc-window"],
        ["app"] = ["app-download", "app", "qrcode", "download-app", "app-promo"],
        ["pager"] = ["pager", "pagination", "page-nav", "prev-next", "pages"],
        ["ad"] = ["ad", "ads", "advert", "banner-ad", "sponsor", "gg"],
        ["search"] = ["search", "search-form", "search-box", "so"],
        ["editor"] = ["editor", "responsible", "article-editor", "zrbj"],
        ["disclaimer"] = ["disclaimer", "statement", "notice", "mzsm"],
        ["post"] = ["post", "postbody", "message", "thread-post", "plc"],
        ["post-body"] = ["post-content", "message", "t_f", "postmessage", "content"],
        ["user"] = ["username", "author", "poster", "user-info", "postauthor"],
        ["signature"] = ["signature", "sign", "sig", "user-sig"],
        ["price"] = ["price", "product-price", "sale-price", "cost"],
        ["cart"] = ["add-to-cart", "buy-box", "cart", "purchase"],
        ["specs"] = ["specs", "specifications", "product-specs", "params", "tech-data"],
        ["reviews"] = ["reviews", "customer-reviews", "ratings", "review-list"],
        ["description"] = ["description", "product-description", "product-detail", "desc"],
        ["toc"] = ["toc", "table-of-contents", "on-this-page", "page-toc"],
        ["docnav"] = ["docs-nav", "sidebar-nav", "menu", "doc-tree", "toctree"],
        ["feedback"] = ["feedback", "helpful", "page-feedback", "rate-page"],
        ["caption"] = ["caption", "img-caption", "figcaption", "photo-note"],
        ["newsletter"] = ["newsletter", "subscribe", "signup", "mailing-list"],
        ["thread-title"] = ["topic-title", "thread-title", "subject", "ts"],
        ["meta-line"] = ["meta", "post-meta", "postinfo", "authi"],
    };
}
