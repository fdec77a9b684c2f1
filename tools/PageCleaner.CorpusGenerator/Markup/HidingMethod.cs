namespace PageCleaner.CorpusGenerator.Markup;

/// <summary>The ways injected spam is kept off the screen (or not).</summary>
internal enum HidingMethod
{
    Visible,
    DisplayNone,
    VisibilityHidden,
    FontSizeZero,
    OpacityZero,
    OnePixelBox,
    OffscreenLeft,
    TextIndent,
    ClipRect,
    HiddenAttribute,
    AriaHidden,
    Marquee,
    CssClass,
}
