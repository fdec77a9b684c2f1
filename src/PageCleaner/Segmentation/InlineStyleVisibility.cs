using System.Buffers;
using System.Globalization;
using System.Text;

namespace PageCleaner.Segmentation;

/// <summary>What a list of CSS declarations does to an element's visibility.</summary>
/// <param name="Hides">The ways the declarations hide the element (<see cref="HiddenReasons.None"/> when they do not).</param>
/// <param name="Shows">Whether they explicitly make it visible (<c>display:block</c>, <c>visibility:visible</c>,
/// <c>opacity:1</c>, ...): a later or more specific style-sheet rule of this kind undoes an earlier hiding one.</param>
internal readonly record struct StyleEffect(HiddenReasons Hides, bool Shows);

/// <summary>Decides from CSS declarations (a <c>style</c> attribute or a style-sheet rule's body) whether an element's text is invisible to a reader.</summary>
internal static class InlineStyleVisibility
{
    // Offsets past these push a box off any screen.
    private const double FarNegative = -500, FarPositive = 5000;

    // The longest property name read ("margin-left", "text-indent").
    private const int MaxPropertyName = 11;

    /// <summary>True when the declarations hide the element (see <see cref="Evaluate"/>).</summary>
    public static bool IsHidden(string? style) => Reasons(style) != HiddenReasons.None;

    /// <summary>The ways a <c>style</c> attribute hides its element.</summary>
    public static HiddenReasons Reasons(ReadOnlySpan<char> style) =>
        style.IndexOf(':') < 0 ? HiddenReasons.None : Evaluate(style).Hides;

    /// <summary>
    /// True when the declarations hide their element by a zero opacity and by nothing else. <paramref name="slidesIn"/>
    /// tells, in the same pass, whether a translate or matrix <c>transform</c> moves it as well
    /// (<c>opacity:0; transform:translateY(30px)</c>): the first frame of a scroll-in animation, the state a script sets
    /// before it slides the element into view and raises its opacity.
    /// </summary>
    public static bool HidesOnlyByOpacity(string? style, out bool slidesIn)
    {
        slidesIn = false;
        if (string.IsNullOrEmpty(style) || Evaluate(style).Hides != HiddenReasons.Transparent) return false;
        bool opacity = false;
        foreach (Range r in style.AsSpan().Split(';'))
        {
            ReadOnlySpan<char> decl = style.AsSpan()[r];
            int colon = decl.IndexOf(':');
            if (colon > 0 && Is(decl[..colon].Trim(), "transform"))
            {
                ReadOnlySpan<char> value = decl[(colon + 1)..];
                slidesIn |= value.Contains("translate", StringComparison.OrdinalIgnoreCase) || value.Contains("matrix", StringComparison.OrdinalIgnoreCase);
            }
            if (Evaluate(decl).Hides == HiddenReasons.None) continue;
            if (!Is(decl[..colon].Trim(), "opacity"))
            {
                slidesIn = false;
                return false;
            }
            opacity = true;
        }
        slidesIn &= opacity;
        return opacity;
    }

    /// <summary>
    /// Reads <c>display:none</c>, <c>visibility:hidden</c>, zero (or 1px) font size, zero opacity, transparent colour,
    /// scale(0), large negative (or huge positive) offsets, margins and text-indent, 0/1px boxes with overflow hidden,
    /// empty clip rectangles and clip paths; <c>!important</c> and letter case are ignored.
    /// </summary>
    public static StyleEffect Evaluate(ReadOnlySpan<char> declarations)
    {
        HiddenReasons hides = HiddenReasons.None;
        bool shows = false, overflowHidden = false, tinyBox = false;
        Span<char> lowerName = stackalloc char[MaxPropertyName];
        foreach (Range r in declarations.Split(';'))
        {
            ReadOnlySpan<char> decl = declarations[r];
            int colon = decl.IndexOf(':');
            if (colon <= 0) continue;
            ReadOnlySpan<char> name = decl[..colon].Trim();
            // Longer names are none of those read below, and property names are ASCII (browsers fold their case in
            // ASCII only). Lower-cased once, the name is matched by one switch: this runs on every declaration of
            // every style sheet.
            if (name.Length > MaxPropertyName || Ascii.ToLower(name, lowerName, out int nameLength) != OperationStatus.Done) continue;
            ReadOnlySpan<char> property = lowerName[..nameLength];
            ReadOnlySpan<char> value = decl[(colon + 1)..].Trim();
            int bang = value.IndexOf('!');
            if (bang >= 0) value = value[..bang].TrimEnd();
            if (value.IsEmpty) continue;
            switch (property)
            {
                case "display":
                    if (Is(value, "none")) hides |= HiddenReasons.DisplayNone;
                    else shows = true;
                    break;
                case "visibility":
                    if (Is(value, "hidden") || Is(value, "collapse")) hides |= HiddenReasons.VisibilityHidden;
                    else if (Is(value, "visible")) shows = true;
                    break;
                case "font-size":
                    if (Pixels(value) is >= 0 and <= 1) hides |= HiddenReasons.Transparent;
                    break;
                case "opacity":
                    double n = Number(value, out _);
                    if (n is >= 0 and < 0.05) hides |= HiddenReasons.Transparent;
                    else if (n >= 0.05) shows = true;
                    break;
                case "color":
                    if (Is(value, "transparent")) hides |= HiddenReasons.Transparent;
                    break;
                case "transform":
                    if (value.Contains("scale(0)", StringComparison.OrdinalIgnoreCase) || value.Contains("scale(0,0)", StringComparison.OrdinalIgnoreCase)
                        || value.Contains("scale(0, 0)", StringComparison.OrdinalIgnoreCase)) hides |= HiddenReasons.Transparent;
                    break;
                case "text-indent" or "left" or "top" or "right" or "bottom" or "margin-left" or "margin-top":
                    if (IsFar(value)) hides |= HiddenReasons.OffScreen;
                    break;
                case "clip":
                    if (value.Contains("rect(0", StringComparison.OrdinalIgnoreCase) || value.Contains("rect(1px", StringComparison.OrdinalIgnoreCase)
                        || value.Contains("rect( 0", StringComparison.OrdinalIgnoreCase)) hides |= HiddenReasons.Clipped;
                    break;
                case "clip-path":
                    if (value.Contains("inset(50%", StringComparison.OrdinalIgnoreCase) || value.Contains("inset(100%", StringComparison.OrdinalIgnoreCase)
                        || value.Contains("circle(0", StringComparison.OrdinalIgnoreCase)) hides |= HiddenReasons.Clipped;
                    break;
                case "overflow" or "overflow-x" or "overflow-y":
                    if (Is(value, "hidden") || Is(value, "clip")) overflowHidden = true;
                    break;
                case "height" or "width" or "max-height" or "max-width":
                    if (Pixels(value) is >= 0 and <= 1) tinyBox = true;
                    break;
            }
        }
        if (overflowHidden && tinyBox) hides |= HiddenReasons.TinyBox;
        return new StyleEffect(hides, shows);
    }

    private static bool Is(ReadOnlySpan<char> a, string b) => a.Equals(b, StringComparison.OrdinalIgnoreCase);

    // An offset that leaves the screen: -9999px, -100em, -100%, or a huge positive one.
    private static bool IsFar(ReadOnlySpan<char> value)
    {
        double n = Number(value, out ReadOnlySpan<char> unit);
        if (double.IsNaN(n)) return false;
        if (unit.Equals("%", StringComparison.Ordinal) || Is(unit, "vw") || Is(unit, "vh")) return n <= -100;
        double px = n * UnitScale(unit);
        return px <= FarNegative || px >= FarPositive;
    }

    // A length in pixels (NaN for percentages, keywords and the like).
    private static double Pixels(ReadOnlySpan<char> value)
    {
        double n = Number(value, out ReadOnlySpan<char> unit);
        if (n == 0) return 0;
        double scale = UnitScale(unit);
        return double.IsNaN(scale) ? double.NaN : n * scale;
    }

    private static double UnitScale(ReadOnlySpan<char> unit)
    {
        if (unit.IsEmpty || Is(unit, "px")) return 1;
        if (Is(unit, "em") || Is(unit, "rem")) return 16;
        if (Is(unit, "pt")) return 4 / 3.0;
        return double.NaN;
    }

    // Leading number of a CSS value ("-9999px" -> -9999, unit "px"); NaN when there is none.
    private static double Number(ReadOnlySpan<char> value, out ReadOnlySpan<char> unit)
    {
        int end = 0;
        while (end < value.Length && (char.IsAsciiDigit(value[end]) || value[end] is '-' or '+' or '.')) end++;
        unit = value[end..].Trim();
        if (end == 0) return double.NaN;
        return double.TryParse(value[..end], NumberStyles.Float, CultureInfo.InvariantCulture, out double n) ? n : double.NaN;
    }
}
