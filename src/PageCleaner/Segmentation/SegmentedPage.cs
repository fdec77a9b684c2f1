using PageCleaner.Documents;

namespace PageCleaner.Segmentation;

/// <summary>A page cut into blocks, ready for feature extraction.</summary>
internal sealed record SegmentedPage(
    InputKind Kind,
    IReadOnlyList<Block> Blocks,
    string? Title,
    DetectedEncoding Encoding)
{
    /// <summary>The page's own address as it declares it (canonical link, <c>og:url</c> or <c>&lt;base href&gt;</c>); null when it does not.</summary>
    public string? Address { get; init; }
}
