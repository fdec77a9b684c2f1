using PageCleaner.Documents;
using PageCleaner.Segmentation;
using PageCleaner.Text;

namespace PageCleaner;

/// <summary>
/// Bytes to blocks: the one path every page takes, whether it is being cleaned or read as a training sample.
/// </summary>
internal static class PageReader
{
    public static SegmentedPage Read(ReadOnlySpan<byte> bytes, CleanerOptions options, bool readAnnotations = false, PageDeadline deadline = default, string? transportCharset = null)
    {
        // Only the blocks leave here, and they hold their own text: the page may be decoded into a rented buffer.
        using LoadedPage loaded = PageLoader.Load(bytes, options, rentBuffer: true, transportCharset);
        deadline.Check();
        return Segment(loaded, options, readAnnotations, deadline);
    }

    public static SegmentedPage Read(string text, CleanerOptions options, PageDeadline deadline = default)
    {
        var decoded = new DecodedText(Utf16Repair.ReplaceLoneSurrogates(text), CallerText);
        LoadedPage loaded = PageLoader.FromText(decoded, options.Input, options);
        deadline.Check();
        return Segment(loaded, options, readAnnotations: false, deadline);
    }

    /// <summary>
    /// HTML already decoded into the first <paramref name="length"/> characters of a buffer the caller lends until this
    /// returns (a JSONL record's field); its surrogates must be paired.
    /// </summary>
    public static SegmentedPage ReadHtml(char[] buffer, int length, CleanerOptions options, PageDeadline deadline = default)
    {
        using LoadedPage loaded = PageLoader.FromBuffer(buffer, length, CallerText, options, returnBuffer: false);
        deadline.Check();
        return Segment(loaded, options, readAnnotations: false, deadline);
    }

    private static readonly DetectedEncoding CallerText = new("utf-16", EncodingEvidence.Caller, "text given as a string");

    public static SegmentedPage Segment(LoadedPage page, CleanerOptions options, bool readAnnotations, PageDeadline deadline = default) =>
        page.Html is null
            ? TextSegmenter.Segment(page.Decoded.Text, page.Decoded.Encoding)
            : new HtmlSegmenter(options.MaxBlockDepth, NestingLimiter.RefusalDepth(options.MaxNestingDepth)).Segment(page.Html, page.Encoding, readAnnotations, deadline: deadline);
}
