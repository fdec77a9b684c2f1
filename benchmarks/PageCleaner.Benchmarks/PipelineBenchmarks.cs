using BenchmarkDotNet.Attributes;
using HtmlAgilityPack;
using PageCleaner.Documents;
using PageCleaner.Features;
using PageCleaner.Segmentation;

namespace PageCleaner.Benchmarks;

/// <summary>Each stage of the pipeline over the same pages, with allocations; compare against parse-only.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private List<byte[]> _pages = [];
    private List<LoadedPage> _loaded = [];
    private List<SegmentedPage> _segmented = [];
    private Cleaner _cleaner = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pages = BenchmarkPages.Load();
        _cleaner = Cleaner.CreateDefault();
        _loaded = _pages.Select(p => PageLoader.Load(p, CleanerOptions.Default)).ToList();
        _segmented = _loaded.Select(p => PageReader.Segment(p, CleanerOptions.Default, false)).ToList();
    }

    [Benchmark(Description = "decode")]
    public int Decode()
    {
        int n = 0;
        foreach (byte[] p in _pages) n += CharsetDetector.Decode(p, true).Text.Length;
        return n;
    }

    [Benchmark(Description = "parse only (HtmlAgilityPack)")]
    public int ParseOnly()
    {
        int n = 0;
        foreach (LoadedPage p in _loaded)
        {
            var doc = new HtmlDocument();
            doc.LoadHtml(p.Decoded.Text);
            n += doc.DocumentNode.ChildNodes.Count;
        }
        return n;
    }

    [Benchmark(Description = "parse (our parser)")]
    public int OwnParse()
    {
        int n = 0;
        foreach (LoadedPage p in _loaded) n += PageCleaner.Markup.MarkupParser.Parse(p.Decoded.Text).Root.ChildCount;
        return n;
    }

    [Benchmark(Description = "segment")]
    public int Segment()
    {
        int n = 0;
        foreach (LoadedPage p in _loaded) n += PageReader.Segment(p, CleanerOptions.Default, false).Blocks.Count;
        return n;
    }

    [Benchmark(Description = "features")]
    public int Features()
    {
        int n = 0;
        foreach (SegmentedPage p in _segmented) n += FeatureExtractor.Default.Extract(p).Matrix.Length;
        return n;
    }

    [Benchmark(Description = "end to end")]
    public int EndToEnd()
    {
        int n = 0;
        foreach (byte[] p in _pages) n += _cleaner.Clean(p).Text.Length;
        return n;
    }
}
