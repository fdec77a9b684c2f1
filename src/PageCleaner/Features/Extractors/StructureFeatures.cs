using PageCleaner.Segmentation;
using static PageCleaner.Features.Extractors.FeatureMath;

namespace PageCleaner.Features.Extractors;

/// <summary>The element the text sits in and the kinds of elements around it.</summary>
internal sealed class StructureFeatures : IFeatureExtractor
{
    private static readonly (string Name, TagKind Kind)[] AncestorKinds =
    [
        ("anchor", TagKind.Anchor), ("nav", TagKind.Nav), ("header", TagKind.Header), ("footer", TagKind.Footer),
        ("aside", TagKind.Aside), ("form", TagKind.Form), ("article", TagKind.Article), ("main", TagKind.Main),
        ("list", TagKind.List), ("table", TagKind.Table), ("heading", TagKind.Heading), ("control", TagKind.Control),
        ("quote", TagKind.Quote), ("code", TagKind.Code), ("figure", TagKind.Figure), ("section", TagKind.Section),
        ("address", TagKind.Address), ("marquee", TagKind.Marquee),
    ];

    public StructureFeatures()
    {
        var list = new List<FeatureDefinition>
        {
            new("tag.p", "1 when the block is a <p>"),
            new("tag.div", "1 when the block is text directly in a <div> (or similar container: section, article, body, td-less layout)"),
            new("tag.li", "1 when the block is a list item (<li>, <dt>, <dd>)"),
            new("tag.cell", "1 when the block is a table cell (<td>, <th>)"),
            new("tag.heading_level", "heading level h1..h6 as 1/level (h1 = 1, h6 = 0.17), 0 when not a heading"),
            new("tag.pre", "1 when the block is preformatted (<pre>)"),
            new("tag.blockquote", "1 when the block is a <blockquote>"),
            new("tag.caption", "1 when the block is a <figcaption> or <caption>"),
            new("tag.text_line", "1 when the block is a line of a text dump"),
            new("dom.log_depth", "log(1 + number of block-level ancestors)"),
            new("dom.hidden", "1 when the text is hidden by an inline style, the hidden attribute or aria-hidden"),
        };
        foreach (var (name, _) in AncestorKinds) list.Add(new("in." + name, $"1 when the block or an ancestor is a {name} element"));
        Features = list;
    }

    public IReadOnlyList<FeatureDefinition> Features { get; }

    public void Extract(PageAnalysis page, int block, Span<float> row)
    {
        Block b = page.Blocks[block];
        string tag = b.Tag;
        row[0] = Flag(tag == "p");
        row[1] = Flag(tag is "div" or "section" or "article" or "main" or "body" or "center" or "span" or "font" or "form" or "header" or "footer" or "aside" or "nav");
        row[2] = Flag(tag is "li" or "dt" or "dd");
        row[3] = Flag(tag is "td" or "th");
        row[4] = b.HeadingLevel == 0 ? 0 : 1f / b.HeadingLevel;
        row[5] = Flag(b.Preformatted);
        row[6] = Flag(tag == "blockquote");
        row[7] = Flag(tag is "figcaption" or "caption");
        row[8] = Flag(tag == "line");
        row[9] = Log(b.Element?.Depth ?? 0);
        row[10] = Flag(b.Hidden);
        TagKind kinds = (b.Element?.Kinds ?? TagKind.None) | b.InlineKinds;
        for (int i = 0; i < AncestorKinds.Length; i++) row[11 + i] = Flag((kinds & AncestorKinds[i].Kind) != 0);
    }
}
