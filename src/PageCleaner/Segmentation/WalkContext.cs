namespace PageCleaner.Segmentation;

/// <summary>What the DOM walk knows about the element it is inside; one per open element.</summary>
internal readonly record struct WalkContext(
    ElementNode? Element,
    HiddenReasons Hidden,
    int LinkDepth,
    BlockLabel? Annotation,
    int InlineTokenFlags,
    TagKind InlineKinds,
    bool Preformatted);
