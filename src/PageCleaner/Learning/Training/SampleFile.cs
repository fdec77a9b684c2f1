namespace PageCleaner.Learning.Training;

/// <summary>One labeled sample file found by <see cref="SampleCatalog"/>.</summary>
/// <param name="FullPath">The page (or JSONL) file.</param>
/// <param name="Relative">Its name relative to the folder given, with '/' separators (prefixed by the data set's name for data-set folders).</param>
/// <param name="Kind">The form of the labels.</param>
/// <param name="CompanionPath">The expected text or snippets file, for those kinds.</param>
/// <param name="HeldOut">Kept out of training and used for evaluation.</param>
/// <param name="Split">The split a data set's split.tsv gives the page (<c>train</c>, <c>validation</c>, ...); null outside data sets.</param>
internal sealed record SampleFile(string FullPath, string Relative, SampleKind Kind, string? CompanionPath, bool HeldOut, string? Split = null);
