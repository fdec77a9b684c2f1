using PageCleaner.Documents;

namespace PageCleaner;

/// <summary>The outcome of cleaning one page.</summary>
public sealed record CleanResult
{
    /// <summary>Where the page came from, as the caller named it (a path, a URL); null when not given.</summary>
    public string? Source { get; init; }

    /// <summary>Whether the page was read as HTML or as a text dump.</summary>
    public required InputKind Format { get; init; }

    /// <summary>The encoding the bytes were decoded with, and why.</summary>
    public required DetectedEncoding Encoding { get; init; }

    /// <summary>The page title: HTML <c>&lt;title&gt;</c> or <c>og:title</c>; for text dumps the first short content line.</summary>
    public string? Title { get; init; }

    /// <summary>The content blocks as plain text: paragraphs separated by a blank line, list items on their own lines.</summary>
    public required string Text { get; init; }

    /// <summary>
    /// The language of the clean text: a code such as <c>en</c>, <c>de</c>, <c>zh-hans</c>, <c>zh-hant</c>, <c>ja</c>,
    /// or <c>und</c> when there is too little text to tell (our own n-gram identifier; see docs/language.md).
    /// </summary>
    public string Language { get; init; } = "und";

    /// <summary>The page verdict (spam).</summary>
    public required PageVerdict Verdict { get; init; }

    /// <summary>Every block of the page in reading order, with label and score.</summary>
    public required IReadOnlyList<BlockResult> Blocks { get; init; }
}
