using PageCleaner.Language;

namespace PageCleaner.Pipelines;

/// <summary>How <see cref="StreamingCleaner"/> runs and what it writes. The defaults suit a stream on one machine.</summary>
public sealed record PipelineOptions
{
    private readonly int _parallelism = Environment.ProcessorCount;
    private readonly int _maxInFlight;
    private readonly string _htmlField = "html";
    private readonly string _textField = "text";
    private readonly string _fieldPrefix = "";

    /// <summary>The defaults.</summary>
    public static PipelineOptions Default { get; } = new();

    /// <summary>Pages cleaned at once (default: the number of processors). The output order never depends on it.</summary>
    public int Parallelism
    {
        get => _parallelism;
        init => _parallelism = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "must be at least 1");
    }

    /// <summary>
    /// Records read ahead of the output (default 0: twice <see cref="Parallelism"/>). Memory holds about this many
    /// records and results at a time, whatever the length of the stream.
    /// </summary>
    public int MaxInFlight
    {
        get => _maxInFlight > 0 ? _maxInFlight : 2 * _parallelism;
        init => _maxInFlight = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "must not be negative");
    }

    /// <summary>The JSONL field holding a page's HTML (default <c>html</c>). It is used when it holds a string.</summary>
    public string HtmlField
    {
        get => _htmlField;
        init => _htmlField = NonEmpty(value);
    }

    /// <summary>The JSONL field holding a text dump (default <c>text</c>), used when the record has no HTML string.</summary>
    public string TextField
    {
        get => _textField;
        init => _textField = NonEmpty(value);
    }

    /// <summary>
    /// Put in front of the names of the fields the pipeline adds (<c>clean_text</c>, <c>spam</c>, ..., <c>error</c>),
    /// e.g. <c>pc_</c>, for records that already have fields of those names (default: none, and such fields are replaced).
    /// </summary>
    public string FieldPrefix
    {
        get => _fieldPrefix;
        init => _fieldPrefix = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Add a <c>blocks</c> array with every block's label, score and text (default false).</summary>
    public bool IncludeBlocks { get; init; }

    /// <summary>
    /// The largest JSONL line or WARC record read, in bytes (default 0: twice the cleaner's
    /// <see cref="CleanerOptions.MaxPageBytes"/> plus 1 MiB, room for JSON escapes and HTTP headers). Larger ones are
    /// skipped with an error, without being held in memory.
    /// </summary>
    public long MaxRecordBytes { get; init; }

    /// <summary>
    /// Gives the <c>language</c> field of a cleaned page (default <see cref="ContentLanguage"/>); null writes no language
    /// identification (the field is null).
    /// </summary>
    public Func<CleanResult, string?>? LanguageOf { get; init; } = ContentLanguage;

    /// <summary>
    /// Decides the <c>obfuscated</c> field of a cleaned page: whether its text was disguised to get past filters
    /// (default <see cref="VerdictObfuscation"/>: the page verdict's content-farm check); null writes <c>null</c>: not examined.
    /// </summary>
    public Func<CleanResult, bool>? ObfuscationCheck { get; init; } = VerdictObfuscation;

    /// <summary>The page verdict's <see cref="PageVerdict.Obfuscated"/>: pinyin annotations, zero-width characters or homoglyphs in the content.</summary>
    public static bool VerdictObfuscation(CleanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Verdict.Obfuscated;
    }

    /// <summary>The language of a page's content blocks, pooled (<see cref="LanguageReport"/>); <c>und</c> when there is no content.</summary>
    public static string ContentLanguage(CleanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var texts = new List<string>();
        foreach (BlockResult block in result.Blocks)
        {
            if (block.Label == BlockLabel.Content) texts.Add(block.Text);
        }
        return texts.Count == 0 ? LanguageCodes.Undetermined : LanguageReport.Analyze(texts).PageLanguage;
    }

    internal long RecordLimit(CleanerOptions cleaner) =>
        MaxRecordBytes > 0 ? MaxRecordBytes : checked((2 * cleaner.MaxPageBytes) + (1024 * 1024));

    private static string NonEmpty(string value) =>
        string.IsNullOrEmpty(value) ? throw new ArgumentException("a field name must not be empty", nameof(value)) : value;
}
