using System.Text;

namespace PageCleaner.Text;

/// <summary>
/// Unescapes the content of a JSON string (the bytes between its quotes, whose escapes the JSON reader has checked)
/// into characters, forgiving what scrapers write: bytes that are not UTF-8 and <c>\u</c> escapes of unpaired
/// surrogates become U+FFFD, as a decoder does with invalid bytes, where <see cref="System.Text.Json.Utf8JsonReader.GetString"/>
/// would throw.
/// </summary>
internal static class JsonStringDecoder
{
    private const char Replacement = '\uFFFD';

    /// <summary>The most characters <paramref name="escaped"/> can give (one per byte at most).</summary>
    public static int MaxCharCount(ReadOnlySpan<byte> escaped) => escaped.Length;

    /// <summary>Writes the characters into <paramref name="destination"/> (at least <see cref="MaxCharCount"/> long) and returns how many.</summary>
    public static int Decode(ReadOnlySpan<byte> escaped, Span<char> destination)
    {
        int written = 0;
        while (true)
        {
            int backslash = escaped.IndexOf((byte)'\\');
            ReadOnlySpan<byte> plain = backslash < 0 ? escaped : escaped[..backslash];
            written += Encoding.UTF8.GetChars(plain, destination[written..]);
            if (backslash < 0) return written;
            escaped = escaped[(backslash + 1)..];
            byte kind = escaped[0];
            escaped = escaped[1..];
            if (kind != (byte)'u')
            {
                destination[written++] = Simple(kind);
                continue;
            }
            char c = Hex4(escaped);
            escaped = escaped[4..];
            if (char.IsHighSurrogate(c) && escaped.Length >= 6 && escaped[0] == (byte)'\\' && escaped[1] == (byte)'u'
                && char.IsLowSurrogate(Hex4(escaped[2..])))
            {
                destination[written++] = c;
                destination[written++] = Hex4(escaped[2..]);
                escaped = escaped[6..];
                continue;
            }
            destination[written++] = char.IsSurrogate(c) ? Replacement : c;
        }
    }

    /// <summary>The string <paramref name="escaped"/> stands for.</summary>
    public static string ToString(ReadOnlySpan<byte> escaped)
    {
        if (escaped.IndexOf((byte)'\\') < 0) return Encoding.UTF8.GetString(escaped);
        char[] chars = new char[MaxCharCount(escaped)];
        return new string(chars, 0, Decode(escaped, chars));
    }

    private static char Simple(byte kind) => kind switch
    {
        (byte)'b' => '\b',
        (byte)'f' => '\f',
        (byte)'n' => '\n',
        (byte)'r' => '\r',
        (byte)'t' => '\t',
        _ => (char)kind,  // \" \\ \/
    };

    // Four hexadecimal digits (checked by the reader).
    private static char Hex4(ReadOnlySpan<byte> digits)
    {
        int value = 0;
        for (int i = 0; i < 4; i++)
        {
            int d = digits[i];
            value = value * 16 + (d <= '9' ? d - '0' : (d | 0x20) - 'a' + 10);
        }
        return (char)value;
    }
}
