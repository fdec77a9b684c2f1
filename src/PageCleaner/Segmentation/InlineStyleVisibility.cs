using System.Globalization;

namespace PageCleaner.Segmentation;

/// <summary>Decides from a <c>style</c> attribute whether an element's text is invisible to a reader.</summary>
internal static class InlineStyleVisibility
{
    /// <summary>
    /// True for <c>display:none</c>, <c>visibility:hidden</c>, zero font size or opacity, large negative
    /// text-indent or offsets, 0/1px boxes with overflow hidden, and a zero clip rectangle.
    /// </summary>
    public static bool IsHidden(string? style)
    {
        if (string.IsNullOrEmpty(style) || style.IndexOf(':', StringComparison.Ordinal) < 0) return false;
        bool overflowHidden = false, tinyBox = false;
        foreach (Range r in style.AsSpan().Split(';'))
        {
            ReadOnlySpan<char> decl = style.AsSpan(r);
            int colon = decl.IndexOf(':');
            if (colon <= 0) continue;
            ReadOnlySpan<char> name = decl[..colon].Trim();
            ReadOnlySpan<char> value = decl[(colon + 1)..].Trim();
            int bang = value.IndexOf('!');
            if (bang >= 0) value = value[..bang].TrimEnd();
            if (Is(name, "display") && Is(value, "none")) return true;
            if (Is(name, "visibility") && (Is(value, "hidden") || Is(value, "collapse"))) return true;
            if ((Is(name, "font-size") || Is(name, "opacity")) && IsZero(value)) return true;
            if (Is(name, "text-indent") && Number(value) <= -500) return true;
            if (Is(name, "clip") && value.Contains("rect(0", StringComparison.OrdinalIgnoreCase)) return true;
            if (Is(name, "transform") && value.Contains("scale(0)", StringComparison.OrdinalIgnoreCase)) return true;
            if (Is(name, "overflow") && Is(value, "hidden")) overflowHidden = true;
            if ((Is(name, "height") || Is(name, "width") || Is(name, "max-height") || Is(name, "max-width")) && Number(value) is >= 0 and <= 1) tinyBox = true;
            // Pushed far off-screen: -9999px offsets, with or without an explicit position.
            if ((Is(name, "left") || Is(name, "top") || Is(name, "right") || Is(name, "margin-left") || Is(name, "margin-top")) && Number(value) <= -500) return true;
        }
        return overflowHidden && tinyBox;
    }

    private static bool Is(ReadOnlySpan<char> a, string b) => a.Equals(b, StringComparison.OrdinalIgnoreCase);

    private static bool IsZero(ReadOnlySpan<char> value) => Number(value) == 0;

    // Leading number of a CSS length ("-9999px" -> -9999); NaN when there is none.
    private static double Number(ReadOnlySpan<char> value)
    {
        int end = 0;
        while (end < value.Length && (char.IsAsciiDigit(value[end]) || value[end] is '-' or '+' or '.')) end++;
        if (end == 0) return double.NaN;
        return double.TryParse(value[..end], NumberStyles.Float, CultureInfo.InvariantCulture, out double n) ? n : double.NaN;
    }
}
