using PageCleaner.Documents;
using PageCleaner.Rendering;

namespace PageCleaner.Tests.Rendering;

/// <summary>Hand-made results, so the renderers are tested apart from the model.</summary>
internal static class RenderedResults
{
    public static BlockResult Block(int index, BlockLabel label, string text, string tag = "p", int heading = 0, bool pre = false, bool hidden = false, string? path = "html/body/p", int line = 1) =>
        new(index, label, 0.9f, text, path, line, hidden, tag, heading, pre);

    /// <summary>Heading, two paragraphs, a three-item list, a quote, code, and boilerplate in between.</summary>
    public static CleanResult Article()
    {
        BlockResult[] blocks =
        [
            Block(0, BlockLabel.Boilerplate, "Home | News | Sport", tag: "div", path: "html/body/div"),
            Block(1, BlockLabel.Content, "Bridge vote passes", tag: "h1", heading: 1, path: "html/body/main/h1", line: 12),
            Block(2, BlockLabel.Content, "First paragraph.", line: 13),
            Block(3, BlockLabel.Boilerplate, "Share on social media", tag: "div"),
            Block(4, BlockLabel.Content, "Second paragraph\nwith a line break.", line: 15),
            Block(5, BlockLabel.Content, "Details", tag: "h2", heading: 2),
            Block(6, BlockLabel.Content, "first item", tag: "li"),
            Block(7, BlockLabel.Content, "second item", tag: "li"),
            Block(8, BlockLabel.Content, "third item", tag: "dd"),
            Block(9, BlockLabel.Content, "A quoted remark.", tag: "blockquote"),
            Block(10, BlockLabel.Content, "for x in items:\n    print(x)", tag: "pre", pre: true),
            Block(11, BlockLabel.Spam, "casino bonus", tag: "div", hidden: true),
            Block(12, BlockLabel.Boilerplate, "© 2025 Courier", tag: "p"),
        ];
        return Result(blocks, "Bridge vote passes | Courier");
    }

    public static CleanResult Result(BlockResult[] blocks, string? title, InputKind format = InputKind.Html, string? source = "pages/bridge.html") => new()
    {
        Source = source,
        Format = format,
        Encoding = new DetectedEncoding("utf-8", EncodingEvidence.Declared, "declared utf-8 in meta charset"),
        Title = title,
        Text = PlainTextRenderer.Render(blocks),
        Verdict = new PageVerdict(blocks.Any(b => b.Label == BlockLabel.Spam), 0.87654f, blocks.Where(b => b.Label == BlockLabel.Spam).Select(b => b.Index).ToList()),
        Blocks = blocks,
    };
}
