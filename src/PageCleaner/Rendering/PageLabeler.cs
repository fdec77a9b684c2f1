using System.Text;
using PageCleaner.Documents;
using PageCleaner.Segmentation;

namespace PageCleaner.Rendering;

/// <summary>
/// Labels a page with a cleaner's model and writes it in the forms training reads: annotated HTML for HTML pages and
/// a labeled text dump for every page, for a person to correct and train on. Loading and labeling are separate steps
/// so a caller can see whether a page is HTML (and which files it will give) before paying for the model.
/// </summary>
internal static class PageLabeler
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Decodes and parses a page's bytes (HTML or a text dump, any encoding) with the cleaner's options.</summary>
    /// <exception cref="PageRejectedException">The page is empty, binary or over the size limit.</exception>
    public static LoadedPage Load(Cleaner cleaner, ReadOnlySpan<byte> page) => PageLoader.Load(page, cleaner.Options);

    /// <summary>A text dump already decoded, such as a labeled dump with its labels taken off.</summary>
    /// <exception cref="PageRejectedException">The dump holds no text.</exception>
    public static LoadedPage LoadDump(Cleaner cleaner, string dump)
    {
        if (string.IsNullOrWhiteSpace(dump)) throw new PageRejectedException("no text (only whitespace)");
        var decoded = new DecodedText(dump, new DetectedEncoding("utf-8", EncodingEvidence.Caller, "labeled text dumps are UTF-8"));
        return PageLoader.FromText(decoded, InputKind.Text, cleaner.Options);
    }

    /// <summary>Cleans the page and renders its labels in both forms.</summary>
    public static LabeledPageFiles Label(Cleaner cleaner, LoadedPage page, string? source)
    {
        if (page.Html is null)
        {
            CleanResult dump = cleaner.Clean(TextSegmenter.Segment(page.Decoded.Text, page.Decoded.Encoding), source);
            return new LabeledPageFiles(dump, null, Utf8.GetBytes(LabeledDumpRenderer.FromDump(page.Decoded.Text, dump.Blocks, source)));
        }
        var sources = new BlockSources();
        SegmentedPage segmented = new HtmlSegmenter(cleaner.Options.MaxBlockDepth).Segment(page.Html, page.Decoded.Encoding, readAnnotations: false, sources);
        CleanResult result = cleaner.Clean(segmented, source);
        var labels = new BlockLabel[result.Blocks.Count];
        for (int i = 0; i < labels.Length; i++) labels[i] = result.Blocks[i].Label;
        byte[] html = AnnotatedHtmlRenderer.Render(page.Html, sources, labels);
        return new LabeledPageFiles(result, html, Utf8.GetBytes(LabeledDumpRenderer.FromBlocks(result.Blocks, source)));
    }

    /// <summary>Loads and labels in one step.</summary>
    public static LabeledPageFiles Label(Cleaner cleaner, ReadOnlySpan<byte> page, string? source) => Label(cleaner, Load(cleaner, page), source);
}
