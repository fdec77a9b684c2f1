using PageCleaner.Documents;
using PageCleaner.Segmentation;
using PageCleaner.Text;

namespace PageCleaner;

/// <summary>
/// Bytes to blocks: the one path every page takes, whether it is being cleaned or read as a training sample.
/// </summary>
internal static class PageReader
{
    public static SegmentedPage Read(ReadOnlySpan<byte> bytes, CleanerOptions options, bool readAnnotations = false, PageDeadline deadline = default)
    {
        // Only the blocks leave here, and they hold their own text: the page may be decoded into a rented buffer.
        using LoadedPage loaded = PageLoader.Load(bytes, options, rentBuffer: true);
        deadline.Check();
        return Segment(loaded, options, readAnnotations, deadline);
    }

    public static SegmentedPage Read(string text, CleanerOptions options, PageDeadline deadline = default)
    {
        var decoded = new DecodedText(Utf16Repair.ReplaceLoneSurrogates(text), new DetectedEncoding("utf-16", EncodingEvidence.Caller, "text given as a string"));
        LoadedPage loaded = PageLoader.FromText(decoded, options.Input, options);
        deadline.Check();
        return Segment(loaded, options, readAnnotations: false, deadline);
    }

    public static SegmentedPage Segment(LoadedPage page, CleanerOptions options, bool readAnnotations, PageDeadline deadline = default) =>
        page.Html is null
            ? TextSegmenter.Segment(page.Decoded.Text, page.Decoded.Encoding)
            : new HtmlSegmenter(options.MaxBlockDepth, NestingLimiter.RefusalDepth(options.MaxNestingDepth)).Segment(page.Html, page.Encoding, readAnnotations, deadline: deadline);
}
