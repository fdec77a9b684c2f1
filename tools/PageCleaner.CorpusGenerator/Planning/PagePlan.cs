using PageCleaner.CorpusGenerator.Parts;

namespace PageCleaner.CorpusGenerator.Planning;

/// <summary>
/// Everything decided about one generated file before it is rendered. <see cref="Dump"/> is set for a labeled
/// text dump and null for an annotated HTML page.
/// </summary>
internal sealed record PagePlan(
    string File,
    string Language,
    string Kind,
    ArticlePart Article,
    LayoutSpec Layout,
    Length Length,
    EncodingPlan Encoding,
    IReadOnlyList<SpamPlan> Spam,
    DumpStyle? Dump,
    bool HeldOut,
    long Seed);
