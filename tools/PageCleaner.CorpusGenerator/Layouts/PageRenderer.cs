using PageCleaner.CorpusGenerator.Parts;
using PageCleaner.CorpusGenerator.Planning;

namespace PageCleaner.CorpusGenerator.Layouts;

/// <summary>Renders a planned page to HTML and dump lines.</summary>
internal static class PageRenderer
{
    public static RenderedPage Render(PagePlan plan, PartsLibrary parts, IReadOnlySet<string> heldOutIds)
    {
        var ctx = new PageContext(plan, parts, heldOutIds);
        PageFrame.Render(ctx);
        return new RenderedPage(ctx.W.Html, ctx.W.Lines, ctx.RenderedSpam);
    }
}
