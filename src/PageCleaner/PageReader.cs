using PageCleaner.Documents;
using PageCleaner.Segmentation;

namespace PageCleaner;

/// <summary>
/// Bytes to blocks: the one path every page takes, whether it is being cleaned or read as a training sample.
/// </summary>
internal static class PageReader
{
    public static SegmentedPage Read(ReadOnlySpan<byte> bytes, CleanerOptions options, bool readAnnotations = false) =>
        Segment(PageLoader.Load(bytes, options), options, readAnnotations);

    public static SegmentedPage Read(string text, CleanerOptions options)
    {
        var decoded = new DecodedText(text, new DetectedEncoding("utf-16", EncodingEvidence.Caller, "text given as a string"));
        return Segment(PageLoader.FromText(decoded, options.Input, options), options, readAnnotations: false);
    }

    public static SegmentedPage Segment(LoadedPage page, CleanerOptions options, bool readAnnotations) =>
        page.Html is null
            ? TextSegmenter.Segment(page.Decoded.Text, page.Decoded.Encoding)
            : new HtmlSegmenter(options.MaxBlockDepth).Segment(page.Html, page.Decoded.Encoding, readAnnotations);
}
