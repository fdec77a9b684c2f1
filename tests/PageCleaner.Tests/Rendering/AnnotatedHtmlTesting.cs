using System.Text;
using PageCleaner.Documents;
using PageCleaner.Learning.Training;
using PageCleaner.Rendering;
using PageCleaner.Segmentation;

namespace PageCleaner.Tests.Rendering;

/// <summary>
/// Renders pages with chosen labels and reads the result back the way <c>pagecleaner train</c> does (a file on disk,
/// through <see cref="SampleLoader"/>), so tests see exactly what training would see.
/// </summary>
internal sealed class AnnotatedHtmlTesting : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pc-annotated-").FullName;
    private int _files;

    /// <summary>Parses and segments a page, recording each block's text nodes.</summary>
    public static (LoadedPage Page, SegmentedPage Segmented, BlockSources Sources) Segment(byte[] bytes)
    {
        LoadedPage page = PageLoader.Load(bytes, CleanerOptions.Default with { Input = InputKind.Html });
        Assert.NotNull(page.Html);
        var sources = new BlockSources();
        SegmentedPage segmented = new HtmlSegmenter(CleanerOptions.Default.MaxBlockDepth).Segment(page.Html, page.Decoded.Encoding, readAnnotations: false, sources);
        Assert.Equal(segmented.Blocks.Count, sources.Count);
        return (page, segmented, sources);
    }

    public static (LoadedPage Page, SegmentedPage Segmented, BlockSources Sources) Segment(string html) => Segment(Encoding.UTF8.GetBytes(html));

    /// <summary>Renders <paramref name="html"/> with the labels <paramref name="labelOf"/> gives each block index.</summary>
    public static (byte[] Annotated, SegmentedPage Segmented, BlockLabel[] Labels) Render(string html, Func<int, BlockLabel> labelOf) =>
        Render(Encoding.UTF8.GetBytes(html), labelOf);

    public static (byte[] Annotated, SegmentedPage Segmented, BlockLabel[] Labels) Render(byte[] bytes, Func<int, BlockLabel> labelOf)
    {
        var (page, segmented, sources) = Segment(bytes);
        BlockLabel[] labels = Enumerable.Range(0, segmented.Blocks.Count).Select(labelOf).ToArray();
        return (AnnotatedHtmlRenderer.Render(page.Html!, sources, labels), segmented, labels);
    }

    /// <summary>Writes <paramref name="content"/> as a sample file and loads it with the training reader.</summary>
    public SegmentedPage ReadBack(byte[] content, SampleKind kind)
    {
        string name = $"page-{++_files}" + (kind == SampleKind.LabeledDump ? LabeledTextDump.Extension : ".html");
        string path = Path.Combine(_root, name);
        File.WriteAllBytes(path, content);
        return Assert.Single(SampleLoader.Load(new SampleFile(path, name, kind, null, HeldOut: false), CleanerOptions.Default)).Page;
    }

    /// <summary>Asserts that the annotated page reads back with the blocks of <paramref name="segmented"/> and <paramref name="labels"/>.</summary>
    public void AssertReadsBack(byte[] annotated, SegmentedPage segmented, IReadOnlyList<BlockLabel> labels)
    {
        var expected = segmented.Blocks.Select((b, i) => (b.Text, labels[i])).ToList();
        SegmentedPage back = ReadBack(annotated, SampleKind.AnnotatedHtml);
        string? difference = AnnotationCheck.Compare(expected, back);
        Assert.True(difference is null, difference + "\n--- annotated page ---\n" + Encoding.UTF8.GetString(annotated));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
