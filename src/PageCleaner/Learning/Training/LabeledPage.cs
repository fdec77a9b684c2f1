using PageCleaner.Segmentation;

namespace PageCleaner.Learning.Training;

/// <summary>A training sample: a page whose blocks carry <see cref="Block.Annotation"/> labels (null = unlabeled).</summary>
/// <param name="Source">The sample's name, relative to the data root where possible, with '/' separators.</param>
/// <param name="Sha256">Hex SHA-256 of the sample's bytes.</param>
/// <param name="Page">The page, segmented exactly as the cleaner segments it.</param>
/// <param name="ExpectedText">The expected clean text, when the sample came with one (for text-level scores).</param>
/// <param name="LabelsChecked">
/// Whether a person set every label (annotated HTML, labeled dumps). Labels derived by aligning blocks with an
/// expected text or from snippets are noisier; checked labels weigh more in training.
/// </param>
internal sealed record LabeledPage(string Source, string Sha256, SegmentedPage Page, string? ExpectedText = null, bool LabelsChecked = false);
