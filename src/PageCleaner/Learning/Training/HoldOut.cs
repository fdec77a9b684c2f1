namespace PageCleaner.Learning.Training;

/// <summary>
/// Which sample files <see cref="SampleCatalog"/> holds out of training for the scores. A data set's
/// <c>validation</c> and <c>test</c> pages are held out under every policy.
/// </summary>
internal enum HoldOut
{
    /// <summary>About one file in five outside data sets, chosen by <see cref="HeldOutSplit"/>.</summary>
    Fifth,

    /// <summary>None beyond the data sets' own: a final model trained on every file once the held-out scores are known.</summary>
    None,

    /// <summary>Every file: samples named only for scoring (<c>train --validate</c>).</summary>
    All,
}
