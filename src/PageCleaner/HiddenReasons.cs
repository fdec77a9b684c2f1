namespace PageCleaner;

/// <summary>Why a block's text is hidden from readers; several reasons can hold at once. <see cref="None"/> for visible text.</summary>
[Flags]
public enum HiddenReasons
{
    /// <summary>The text is visible.</summary>
    None = 0,

    /// <summary><c>display:none</c>.</summary>
    DisplayNone = 1 << 0,

    /// <summary><c>visibility:hidden</c> or <c>collapse</c>.</summary>
    VisibilityHidden = 1 << 1,

    /// <summary>Zero (or 1px) font size, zero opacity or a zero scale transform.</summary>
    Transparent = 1 << 2,

    /// <summary>A box of 0 or 1 pixel with its overflow hidden.</summary>
    TinyBox = 1 << 3,

    /// <summary>Pushed off-screen: large negative offsets, margins or text-indent.</summary>
    OffScreen = 1 << 4,

    /// <summary>Clipped away: <c>clip:rect(0…)</c> or an empty <c>clip-path</c>.</summary>
    Clipped = 1 << 5,

    /// <summary>The <c>hidden</c> attribute.</summary>
    HiddenAttribute = 1 << 6,

    /// <summary><c>aria-hidden="true"</c>.</summary>
    AriaHidden = 1 << 7,

    /// <summary>The style came from a rule in the page's own <c>&lt;style&gt;</c> element (together with the style's kind).</summary>
    StyleSheet = 1 << 8,

    /// <summary>Inside <c>&lt;marquee&gt;</c>: scrolling text that no reader takes as the article.</summary>
    Marquee = 1 << 9,

    /// <summary>Written after the end of the document (<c>&lt;/html&gt;</c>).</summary>
    AfterHtml = 1 << 10,
}
