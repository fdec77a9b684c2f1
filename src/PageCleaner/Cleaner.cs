using System.Runtime.InteropServices;
using PageCleaner.Buffers;
using PageCleaner.Features;
using PageCleaner.Language;
using PageCleaner.Learning;
using PageCleaner.Learning.Persistence;
using PageCleaner.Rendering;
using PageCleaner.Segmentation;
using PageCleaner.Text;

namespace PageCleaner;

/// <summary>
/// Cleans pages: decodes, segments, classifies each block and renders the content. Create one and share it; it is
/// thread-safe and the model is loaded once.
/// </summary>
/// <example>
/// <code>
/// var cleaner = Cleaner.CreateDefault();
/// CleanResult result = cleaner.Clean(File.ReadAllBytes("page.html"), "page.html");
/// Console.WriteLine(result.Text);
/// </code>
/// </example>
public sealed class Cleaner
{
    private readonly IBlockClassifier _classifier;
    private readonly FeatureExtractor _features = FeatureExtractor.Default;
    private readonly Lazy<ModelMetadata> _model;

    internal Cleaner(IBlockClassifier classifier, Lazy<ModelMetadata> model, CleanerOptions options)
    {
        _classifier = classifier;
        _model = model;
        Options = options;
    }

    /// <summary>The metadata of the model in use (read from the model file when first asked for).</summary>
    /// <exception cref="ModelFormatException">The model file's metadata cannot be read.</exception>
    public ModelMetadata Model => _model.Value;

    // The bench times classification on its own.
    internal IBlockClassifier Classifier => _classifier;

    /// <summary>The options pages are read with.</summary>
    public CleanerOptions Options { get; }

    /// <summary>A cleaner with the model embedded in the library.</summary>
    /// <exception cref="ModelFormatException">The embedded model cannot be used.</exception>
    public static Cleaner CreateDefault(CleanerOptions? options = null)
    {
        StartupWarmUp.Start();
        var (metadata, classifier) = DefaultModel.Get();
        return new Cleaner(classifier, metadata, options ?? CleanerOptions.Default);
    }

    /// <summary>A cleaner with the model in a file written by <c>pagecleaner train</c>.</summary>
    /// <exception cref="ModelFormatException">The file is not a model this version can use.</exception>
    public static Cleaner FromModelFile(string path, CleanerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        StartupWarmUp.Start();
        using FileStream stream = OpenModel(path);
        var (metadata, classifier) = ModelFile.ReadForCleaning(stream, path, FeatureExtractor.Default);
        return new Cleaner(classifier, metadata, options ?? CleanerOptions.Default);
    }

    /// <summary>Cleans a page given as bytes (HTML or a text dump, any encoding).</summary>
    /// <param name="page">The page's bytes.</param>
    /// <param name="source">A name for the page (path or URL), copied into the result.</param>
    /// <param name="cancellationToken">Stops the work on this page (an <see cref="OperationCanceledException"/>).</param>
    /// <exception cref="PageRejectedException">The page is empty, binary, over a size limit or over the time limit.</exception>
    public CleanResult Clean(ReadOnlySpan<byte> page, string? source = null, CancellationToken cancellationToken = default) =>
        Clean(page, source, null, cancellationToken);

    /// <summary>
    /// Cleans a page given as bytes that came with a charset from their transport: the <c>charset</c> parameter of an
    /// HTTP <c>Content-Type</c>, as a crawler or a WARC file records it. It is used when the page has no byte order
    /// mark and no charset declaration of its own that its bytes agree with, and the bytes agree with it (servers
    /// send a default, iso-8859-1 above all, for pages that declare their real charset themselves).
    /// </summary>
    /// <param name="page">The page's bytes.</param>
    /// <param name="source">A name for the page (path or URL), copied into the result.</param>
    /// <param name="transportCharset">The charset label (<c>iso-8859-2</c>, <c>gbk</c>, ...); null when there is none.</param>
    /// <param name="cancellationToken">Stops the work on this page (an <see cref="OperationCanceledException"/>).</param>
    /// <exception cref="PageRejectedException">The page is empty, binary, over a size limit or over the time limit.</exception>
    public CleanResult Clean(ReadOnlySpan<byte> page, string? source, string? transportCharset, CancellationToken cancellationToken = default)
    {
        var deadline = new PageDeadline(Options.MaxTimePerPage, cancellationToken);
        return Clean(PageReader.Read(page, Options, deadline: deadline, transportCharset: transportCharset), source, deadline);
    }

    /// <summary>Cleans text that is already decoded (HTML or a dump, per <see cref="CleanerOptions.Input"/>).</summary>
    /// <param name="page">The page's text.</param>
    /// <param name="source">A name for the page (path or URL), copied into the result.</param>
    /// <param name="cancellationToken">Stops the work on this page (an <see cref="OperationCanceledException"/>).</param>
    /// <exception cref="PageRejectedException">The text is empty, or cleaning it ran over the time limit.</exception>
    public CleanResult Clean(string page, string? source = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (string.IsNullOrWhiteSpace(page)) throw new PageRejectedException("no text (only whitespace)");
        var deadline = new PageDeadline(Options.MaxTimePerPage, cancellationToken);
        return Clean(PageReader.Read(page, Options, deadline), source, deadline);
    }

    internal CleanResult Clean(SegmentedPage page, string? source, PageDeadline deadline = default)
    {
        int n = page.Blocks.Count;
        var probabilities = new float[n * BlockLabels.Count];
        // The feature matrix (a few hundred KB on a large page) is needed only until the blocks are scored: a pooled
        // buffer spares the large-object heap one array per page.
        float[] matrix = PooledArrays.Rent<float>(n * _features.Schema.Count);
        PageAnalysis analysis;
        try
        {
            analysis = _features.Extract(page, matrix, deadline);
            deadline.Check();
            _classifier.Predict(analysis, matrix.AsSpan(0, n * _features.Schema.Count), probabilities, deadline);
        }
        finally
        {
            PooledArrays.Return(matrix);
        }

        var blocks = new BlockResult[n];
        var spamBlocks = new List<int>();
        float spamScore = 0;
        var labels = new BlockLabel[n];
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<float> p = probabilities.AsSpan(i * BlockLabels.Count, BlockLabels.Count);
            bool mayBeSpam = HasLetterOrDigit(analysis.Stats[i]) && SpamEvidence.Shows(analysis, i);
            if (mayBeSpam) spamScore = Math.Max(spamScore, p[(int)BlockLabel.Spam]);
            labels[i] = IsSpam(p, mayBeSpam) ? BlockLabel.Spam : BlockLabel.Boilerplate;
        }
        float contentCut = ContentCut(page, analysis, probabilities, labels);
        for (int i = 0; i < n; i++)
        {
            Block b = page.Blocks[i];
            if (MayBeContent(page, labels, i) && probabilities[i * BlockLabels.Count + (int)BlockLabel.Content] >= contentCut)
            {
                labels[i] = BlockLabel.Content;
            }
            if (labels[i] == BlockLabel.Spam) spamBlocks.Add(i);
            float score = probabilities[i * BlockLabels.Count + (int)labels[i]];
            blocks[i] = new BlockResult(i, labels[i], score, b.Text, PathOf(b, page.Kind), b.Line, b.Hidden, b.Tag, b.HeadingLevel, b.Preformatted) { HiddenReasons = b.HiddenReasons };
        }
        // The verdict reports what the page held; a repair changes only what is rendered from it.
        ObfuscationReport obfuscation = ContentObfuscation.Scan(blocks);
        string? title = page.Title;
        if (Options.Repair)
        {
            ObfuscationKinds kinds = ContentObfuscation.RepairKinds(obfuscation);
            ContentObfuscation.Repair(blocks, kinds);
            if (title is not null) title = ObfuscationRepair.Repair(title, kinds);
        }
        string text = PlainTextRenderer.Render(blocks);
        return new CleanResult
        {
            Source = source,
            Format = page.Kind,
            Encoding = page.Encoding,
            Title = title ?? FirstShortContent(blocks),
            Text = text,
            Language = NgramLanguageIdentifier.Default.Identify(text).Language,
            Verdict = new PageVerdict(spamBlocks.Count > 0, spamScore, spamBlocks) { Obfuscation = obfuscation },
            Blocks = blocks,
        };
    }

    // Spam wins at its threshold. A block without a single letter or digit (a stray colon, a soft hyphen), or without
    // any mark of injected spam (SpamEvidence), carries no spam, whatever its score.
    private bool IsSpam(ReadOnlySpan<float> p, bool mayBeSpam) => mayBeSpam && p[(int)BlockLabel.Spam] >= Options.SpamThreshold;

    // Han and kana are counted as character tokens, other letters and digits as such.
    private static bool HasLetterOrDigit(TextStats stats) => stats.Letters + stats.Digits + stats.CharTokens > 0;

    // The content probability at or above which a visible block that is not spam is content: the fixed threshold when
    // one is set, else the page's expected-F1 cut (ExpectedF1Cut), which also keeps the likeliest blocks of a page
    // where none reaches 0.5 (a page always has some main text).
    private float ContentCut(SegmentedPage page, PageAnalysis analysis, float[] probabilities, BlockLabel[] labels)
    {
        if (Options.ContentThreshold is float fixedThreshold) return fixedThreshold;
        var probability = new List<float>(labels.Length);
        var size = new List<int>(labels.Length);
        for (int i = 0; i < labels.Length; i++)
        {
            if (!MayBeContent(page, labels, i)) continue;
            probability.Add(probabilities[i * BlockLabels.Count + (int)BlockLabel.Content]);
            size.Add(analysis.Stats[i].Chars);
        }
        return ExpectedF1Cut.Threshold(CollectionsMarshal.AsSpan(probability), CollectionsMarshal.AsSpan(size));
    }

    // The blocks the content cut decides: not spam, and not hidden (hidden text is never content).
    private static bool MayBeContent(SegmentedPage page, BlockLabel[] labels, int i) => labels[i] != BlockLabel.Spam && !page.Blocks[i].Hidden;

    // Text outside any element (a fragment without <html>) sits at the document root.
    private static string? PathOf(Block block, Documents.InputKind kind) =>
        block.Element?.BuildPath() ?? (kind == Documents.InputKind.Html ? "/" : null);

    private static string? FirstShortContent(BlockResult[] blocks)
    {
        foreach (BlockResult b in blocks)
        {
            if (b.Label == BlockLabel.Content) return b.Text.Length <= 200 ? b.Text : null;
        }
        return null;
    }

    private static FileStream OpenModel(string path)
    {
        try
        {
            return File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelFormatException($"{path}: cannot read the model file ({e.Message})", e);
        }
    }
}
