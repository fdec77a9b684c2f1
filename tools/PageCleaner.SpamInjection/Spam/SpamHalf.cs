namespace PageCleaner.SpamInjection.Spam;

/// <summary>
/// The two disjoint halves of the spam texts: measurement injects only the eval half and augmentation only the train
/// half, so a measured block never repeats a phrase the model was trained on.
/// </summary>
internal enum SpamHalf
{
    /// <summary>Phrases injected into the pages that are measured.</summary>
    Eval,

    /// <summary>Phrases injected into the pages written for training.</summary>
    Train,
}
