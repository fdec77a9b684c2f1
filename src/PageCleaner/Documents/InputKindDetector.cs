namespace PageCleaner.Documents;

/// <summary>Tells HTML from a text dump by looking for markup in the first bytes.</summary>
internal static class InputKindDetector
{
    private const int SniffBytes = 64 * 1024;

    private static readonly string[] StrongMarkers = ["<!doctype html", "<html", "<head", "<body", "<meta ", "<title", "<?xml"];

    private static readonly string[] CommonTags =
    [
        "div", "p", "span", "a", "table", "td", "tr", "li", "ul", "br", "script", "style", "link", "img", "h1", "h2", "h3",
        "section", "article", "nav", "footer", "header", "form", "font", "b", "strong", "em", "i", "!--",
    ];

    /// <summary>Html when the bytes carry HTML markup, else Text. UTF-16 input is sniffed with its zero bytes skipped.</summary>
    public static InputKind Detect(ReadOnlySpan<byte> bytes)
    {
        Span<byte> window = new byte[Math.Min(bytes.Length, SniffBytes)];
        int n = 0;
        foreach (byte b in bytes[..Math.Min(bytes.Length, SniffBytes * 2)])
        {
            if (b == 0) continue;
            if (n == window.Length) break;
            window[n++] = b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b;
        }
        ReadOnlySpan<byte> w = window[..n];
        int start = 0;
        while (start < w.Length && (w[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' || w[start] >= 0x80)) start++;
        ReadOnlySpan<byte> head = w[start..Math.Min(w.Length, start + 2048)];
        foreach (string marker in StrongMarkers)
        {
            if (IndexOfAscii(head, marker) >= 0) return InputKind.Html;
        }
        return CountTags(w) >= 5 ? InputKind.Html : InputKind.Text;
    }

    // Counts "<tag" followed by space, '>' or '/', and closing "</tag>" forms, for the common tags.
    private static int CountTags(ReadOnlySpan<byte> w)
    {
        int count = 0;
        for (int i = 0; i < w.Length - 1 && count < 5; i++)
        {
            if (w[i] != (byte)'<') continue;
            int j = i + 1;
            if (w[j] == (byte)'/') j++;
            foreach (string tag in CommonTags)
            {
                if (j + tag.Length > w.Length || !StartsWithAscii(w[j..], tag)) continue;
                int k = j + tag.Length;
                if (tag == "!--" || (k < w.Length && w[k] is (byte)' ' or (byte)'>' or (byte)'/' or (byte)'\n' or (byte)'\t'))
                {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    private static bool StartsWithAscii(ReadOnlySpan<byte> s, string prefix)
    {
        for (int i = 0; i < prefix.Length; i++)
        {
            if (s[i] != (byte)prefix[i]) return false;
        }
        return true;
    }

    private static int IndexOfAscii(ReadOnlySpan<byte> s, string needle)
    {
        for (int i = 0; i + needle.Length <= s.Length; i++)
        {
            if (s[i] == (byte)needle[0] && StartsWithAscii(s[i..], needle)) return i;
        }
        return -1;
    }
}
