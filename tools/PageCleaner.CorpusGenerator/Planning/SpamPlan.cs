using PageCleaner.CorpusGenerator.Markup;

namespace PageCleaner.CorpusGenerator.Planning;

/// <summary>One spam block to inject: the language of its words, where it goes and how it is hidden.</summary>
internal sealed record SpamPlan(string Language, SpamPlacement Placement, Hiding Hiding)
{
    public static string PlacementName(SpamPlacement placement) => placement switch
    {
        SpamPlacement.BodyStart => "body-start",
        SpamPlacement.BodyEnd => "body-end",
        SpamPlacement.InArticle => "in-article",
        SpamPlacement.AfterArticle => "after-article",
        SpamPlacement.Footer => "footer",
        SpamPlacement.Sidebar => "sidebar",
        SpamPlacement.AfterHtml => "after-html",
        _ => "comment",
    };
}
