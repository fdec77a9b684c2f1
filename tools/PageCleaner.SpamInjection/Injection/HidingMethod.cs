namespace PageCleaner.SpamInjection.Injection;

/// <summary>How an injected block is presented: hidden in one of the ways spammers hide text, or left visible.</summary>
public enum HidingMethod
{
    /// <summary>Inline <c>display:none</c>.</summary>
    DisplayNone,

    /// <summary>Inline <c>visibility:hidden</c>.</summary>
    VisibilityHidden,

    /// <summary>Inline <c>font-size:0</c>.</summary>
    FontSizeZero,

    /// <summary>Inline <c>opacity:0</c>.</summary>
    OpacityZero,

    /// <summary>A 0 or 1 pixel box with <c>overflow:hidden</c>.</summary>
    TinyBox,

    /// <summary><c>position:absolute</c> with large negative offsets.</summary>
    OffScreenAbsolute,

    /// <summary><c>position:fixed</c> with large negative offsets.</summary>
    OffScreenFixed,

    /// <summary><c>text-indent:-9999px</c>.</summary>
    TextIndent,

    /// <summary>An absolutely positioned box clipped to nothing (<c>clip:rect(0 0 0 0)</c>).</summary>
    Clip,

    /// <summary>The <c>hidden</c> attribute.</summary>
    HiddenAttribute,

    /// <summary><c>aria-hidden="true"</c>.</summary>
    AriaHidden,

    /// <summary>A class hidden by a rule in the page's own <c>&lt;style&gt;</c>.</summary>
    StyleClass,

    /// <summary>An id hidden by a rule in the page's own <c>&lt;style&gt;</c>.</summary>
    StyleId,

    /// <summary>An element name the page does not otherwise use, hidden by a tag rule in its <c>&lt;style&gt;</c>.</summary>
    StyleTag,

    /// <summary>The links inside a classed box, hidden by a descendant rule (<c>.box a{...}</c>).</summary>
    StyleDescendant,

    /// <summary>A <c>&lt;marquee&gt;</c> (scrolling, often squeezed to a pixel).</summary>
    Marquee,

    /// <summary>A visible list of links.</summary>
    VisibleLinks,

    /// <summary>A visible line of keywords, no links.</summary>
    KeywordLine,
}
