using PageCleaner.Buffers;

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
        byte[] rented = PooledArrays.Rent<byte>(Math.Min(bytes.Length, SniffBytes));
        try
        {
            // The window (the first SniffBytes non-zero bytes, ASCII lower-cased) is filled only as far as it is read:
            // most pages show a strong marker in their first 2 KB, and the tags are counted only when none does.
            var window = new Window(bytes[..Math.Min(bytes.Length, SniffBytes * 2)], rented.AsSpan(0, Math.Min(bytes.Length, SniffBytes)));
            int start = 0;
            while (window.Fill(start + 1) > start && IsSkippedAtStart(rented[start])) start++;
            int headEnd = window.Fill(start + 2048);
            ReadOnlySpan<byte> head = rented.AsSpan(start, Math.Max(0, headEnd - start));
            foreach (string marker in StrongMarkers)
            {
                if (IndexOfAscii(head, marker) >= 0) return InputKind.Html;
            }
            int n = window.Fill(int.MaxValue);
            return CountTags(rented.AsSpan(0, n)) >= 5 ? InputKind.Html : InputKind.Text;
        }
        finally
        {
            PooledArrays.Return(rented);
        }
    }

    private static bool IsSkippedAtStart(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' || b >= 0x80;

    // Copies source bytes into the window on demand, skipping zero bytes and lower-casing ASCII letters.
    private ref struct Window(ReadOnlySpan<byte> source, Span<byte> into)
    {
        private readonly ReadOnlySpan<byte> _source = source;
        private readonly Span<byte> _into = into;
        private int _read, _written;

        /// <summary>Fills the window up to <paramref name="length"/> bytes if the source has them; returns how many it holds.</summary>
        public int Fill(int length)
        {
            int target = Math.Min(length, _into.Length);
            while (_written < target && _read < _source.Length)
            {
                byte b = _source[_read++];
                if (b == 0) continue;
                _into[_written++] = b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b;
            }
            return _written;
        }
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
