namespace PageCleaner.Rendering;

/// <summary>A page labeled by the model, in the two forms training reads.</summary>
/// <param name="Result">The cleaning result the labels come from.</param>
/// <param name="AnnotatedHtml">Form 1, UTF-8; null when the page is a text dump.</param>
/// <param name="LabeledDump">Form 2, UTF-8.</param>
internal sealed record LabeledPageFiles(CleanResult Result, byte[]? AnnotatedHtml, byte[] LabeledDump);
