using System.Text;
using PageCleaner.Buffers;

namespace PageCleaner.Text;

/// <summary>Collapses runs of whitespace to one space, keeps explicit line breaks, and drops control characters.</summary>
internal static class WhitespaceNormalizer
{
    /// <summary>
    /// Normalises <paramref name="raw"/>: whitespace runs become one space, a run containing <paramref name="lineBreak"/>
    /// becomes one <c>\n</c> (other line ends are plain whitespace), and the ends are trimmed.
    /// Control characters other than whitespace (NUL and the like) and lone surrogates are removed, so that the
    /// result always encodes to valid UTF-8.
    /// </summary>
    public static string Normalize(ReadOnlySpan<char> raw, char lineBreak = '\0')
    {
        char[]? rented = raw.Length > 512 ? PooledArrays.Rent<char>(raw.Length) : null;
        Span<char> output = rented is null ? stackalloc char[raw.Length] : rented.AsSpan(0, raw.Length);
        string result = new(output[..Normalize(raw, output, lineBreak)]);
        if (rented is not null) PooledArrays.Return(rented);
        return result;
    }

    /// <summary>
    /// As <see cref="Normalize(ReadOnlySpan{char}, char)"/>, written into <paramref name="output"/> (which must hold
    /// at least as many characters as <paramref name="raw"/>: the result is never longer); returns its length.
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> raw, Span<char> output, char lineBreak)
    {
        int n = 0;
        bool pendingSpace = false, pendingBreak = false;
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            if (CharClass.IsPrintableAscii(c) && c != lineBreak)
            {
                // Written as it is (see IsPrintableAscii).
                if (n > 0)
                {
                    if (pendingBreak) output[n++] = '\n';
                    else if (pendingSpace) output[n++] = ' ';
                }
                pendingSpace = pendingBreak = false;
                output[n++] = c;
                continue;
            }
            if (c == lineBreak && c != '\0')
            {
                pendingBreak = true;
                continue;
            }
            if (CharClass.IsSpace(c))
            {
                pendingSpace = true;
                continue;
            }
            bool pair = char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]);
            if (char.IsControl(c) || (char.IsSurrogate(c) && !pair)) continue;
            if (n > 0)
            {
                if (pendingBreak) output[n++] = '\n';
                else if (pendingSpace) output[n++] = ' ';
            }
            pendingSpace = pendingBreak = false;
            output[n++] = c;
            if (pair) output[n++] = raw[++i];
        }
        return n;
    }

    /// <summary>Removes trailing whitespace, control characters and lone surrogates but keeps inner spacing (for preformatted lines).</summary>
    public static string TrimEndAndStripControls(string line)
    {
        var sb = new StringBuilder(line.Length);
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]);
            if ((char.IsControl(c) && c != ' ') || (char.IsSurrogate(c) && !pair)) continue;
            sb.Append(c);
            if (pair) sb.Append(line[++i]);
        }
        int end = sb.Length;
        while (end > 0 && CharClass.IsSpace(sb[end - 1])) end--;
        return sb.ToString(0, end);
    }
}
