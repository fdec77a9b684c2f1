using PageCleaner.Documents;

namespace PageCleaner.Segmentation;

/// <summary>A page cut into blocks, ready for feature extraction.</summary>
internal sealed record SegmentedPage(
    InputKind Kind,
    IReadOnlyList<Block> Blocks,
    string? Title,
    DetectedEncoding Encoding);
