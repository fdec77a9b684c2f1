namespace PageCleaner.Pipelines;

/// <summary>How a stretch of a WARC file's data ended.</summary>
/// <param name="Damage">What ended it, in words, to be reported; null for the clean end of the input or for damage already reported.</param>
/// <param name="More">Whether another stretch follows.</param>
/// <param name="Repeat">The same damage was met again (the decompressor resumed at a member before it): the record cut
/// short by it was already reported, and is dropped without another report.</param>
internal readonly record struct StretchEnd(string? Damage, bool More, bool Repeat = false);
