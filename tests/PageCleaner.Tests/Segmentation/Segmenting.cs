using PageCleaner.Documents;
using PageCleaner.Segmentation;

namespace PageCleaner.Tests.Segmentation;

/// <summary>Segments test strings the way the cleaner does (nesting limit, block depth from the options).</summary>
internal static class Segmenting
{
    public static DetectedEncoding TestEncoding { get; } = new("utf-16", EncodingEvidence.Caller, "test string");

    public static SegmentedPage Html(string html, bool readAnnotations = false, CleanerOptions? options = null)
    {
        options ??= CleanerOptions.Default;
        LoadedPage page = PageLoader.FromText(new DecodedText(html, TestEncoding), InputKind.Html, options);
        Assert.NotNull(page.Html);
        return new HtmlSegmenter(options.MaxBlockDepth).Segment(page.Html, page.Decoded.Encoding, readAnnotations);
    }

    public static SegmentedPage Text(string text) => TextSegmenter.Segment(text, TestEncoding);

    public static string[] Texts(this SegmentedPage page) => page.Blocks.Select(b => b.Text).ToArray();

    /// <summary>The only block whose text contains <paramref name="fragment"/>.</summary>
    public static Block BlockWith(this SegmentedPage page, string fragment) =>
        Assert.Single(page.Blocks, b => b.Text.Contains(fragment, StringComparison.Ordinal));
}
