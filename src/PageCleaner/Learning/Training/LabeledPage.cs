using PageCleaner.Segmentation;

namespace PageCleaner.Learning.Training;

/// <summary>A training sample: a page whose blocks carry <see cref="Block.Annotation"/> labels.</summary>
/// <param name="Source">The file, relative to the data root where possible, with '/' separators.</param>
/// <param name="Sha256">Hex SHA-256 of the file's bytes.</param>
/// <param name="Page">The page, segmented exactly as the cleaner segments it.</param>
internal sealed record LabeledPage(string Source, string Sha256, SegmentedPage Page);
