using PageCleaner.Documents;

namespace PageCleaner;

/// <summary>How a page is read and cleaned. The defaults suit scraped pages; every limit can be raised.</summary>
public sealed record CleanerOptions
{
    /// <summary>The defaults.</summary>
    public static CleanerOptions Default { get; } = new();

    /// <summary>HTML, text dump, or decide from the bytes (default).</summary>
    public InputKind Input { get; init; } = InputKind.Auto;

    /// <summary>Pages larger than this many bytes are refused (default 20 MiB).</summary>
    public long MaxPageBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>
    /// Block-level elements nested deeper than this are read as inline text of their ancestor (default 256), which
    /// bounds the work per block on pathological nesting.
    /// </summary>
    public int MaxBlockDepth { get; init; } = 256;

    /// <summary>
    /// HTML elements nested deeper than this are flattened before parsing (default 1000): the parser's time grows with
    /// the square of the depth, so a hostile page nested 100,000 deep would otherwise take minutes.
    /// </summary>
    public int MaxNestingDepth { get; init; } = 1000;

    /// <summary>
    /// Time a page may take before it is refused (default 30 s; zero or negative means no limit). Checked inside the
    /// pipeline's loops, so a pathological page fails with a clear message instead of holding a worker.
    /// </summary>
    public TimeSpan MaxTimePerPage { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Probability of content at or above which a (not spam, not hidden) block is content. Default null: chosen page by
    /// page as the cut that maximises the expected F1 of the page's clean text against its true text: just under 0.5 on
    /// a page whose article is sure, lower where the model is unsure (listings, shops), never under 0.2. A fixed value
    /// applies to every page as it is (a page where no block reaches it comes out empty) and trades recall for precision
    /// the same way everywhere.
    /// </summary>
    public float? ContentThreshold { get; init; }

    /// <summary>
    /// Probability of spam at or above which a block that shows a mark of injected spam (hidden, a spam term, another
    /// language, links off the site) is labeled spam, and its page flagged (default 0.5).
    /// </summary>
    public float SpamThreshold { get; init; } = 0.5f;

    /// <summary>
    /// Take content-farm marks out of the clean text (default false): pinyin annotations after Han characters, when the
    /// page is flagged for them, and zero-width characters inside words. Applies to the content blocks, the clean text
    /// and the title; the verdict still reports what the page held. Homoglyphs are reported, never changed.
    /// </summary>
    public bool Repair { get; init; }
}
