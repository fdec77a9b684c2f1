namespace PageCleaner.Documents;

/// <summary>Reads attributes of a tag the way the HTML standard's encoding prescan does, on raw bytes.</summary>
internal static class CharsetAttributeReader
{
    /// <summary>
    /// Reads the attribute at <paramref name="pos"/> and returns the position after it; when the tag ends instead,
    /// returns the bitwise complement of the position after the tag (a negative number). Names are as written: compare
    /// them ignoring ASCII case.
    /// </summary>
    public static int Next(ReadOnlySpan<byte> data, int pos, out ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        name = default;
        value = default;
        while (pos < data.Length && (IsSpace(data[pos]) || data[pos] == '/')) pos++;
        if (pos >= data.Length) return ~data.Length;
        if (data[pos] == '>') return ~(pos + 1);
        int nameStart = pos;
        pos++; // The first character is part of the name even if it is '='.
        while (pos < data.Length && data[pos] is not ((byte)'=' or (byte)'/' or (byte)'>') && !IsSpace(data[pos])) pos++;
        name = data[nameStart..pos];
        while (pos < data.Length && IsSpace(data[pos])) pos++;
        if (pos >= data.Length || data[pos] != '=') return pos;
        pos++;
        while (pos < data.Length && IsSpace(data[pos])) pos++;
        if (pos >= data.Length) return ~data.Length;
        byte quote = data[pos];
        if (quote is (byte)'"' or (byte)'\'')
        {
            int close = data[(pos + 1)..].IndexOf(quote);
            if (close < 0) return ~data.Length;
            value = data.Slice(pos + 1, close);
            return pos + close + 2;
        }
        int valueStart = pos;
        while (pos < data.Length && data[pos] != '>' && !IsSpace(data[pos])) pos++;
        value = data[valueStart..pos];
        return pos;
    }

    /// <summary>The charset in a <c>content="text/html; charset=..."</c> value (the standard's extraction algorithm), or empty.</summary>
    public static ReadOnlySpan<byte> CharsetFromContent(ReadOnlySpan<byte> content)
    {
        int pos = 0;
        while (pos < content.Length)
        {
            int at = IndexOfCharset(content[pos..]);
            if (at < 0) return default;
            pos += at + 7;
            while (pos < content.Length && IsSpace(content[pos])) pos++;
            if (pos >= content.Length || content[pos] != '=') continue;
            pos++;
            while (pos < content.Length && IsSpace(content[pos])) pos++;
            if (pos >= content.Length) return default;
            byte quote = content[pos];
            if (quote is (byte)'"' or (byte)'\'')
            {
                int close = content[(pos + 1)..].IndexOf(quote);
                return close < 0 ? default : content.Slice(pos + 1, close);
            }
            int start = pos;
            while (pos < content.Length && content[pos] != ';' && !IsSpace(content[pos])) pos++;
            return content[start..pos];
        }
        return default;
    }

    private static int IndexOfCharset(ReadOnlySpan<byte> text)
    {
        for (int i = 0; i + 7 <= text.Length; i++)
        {
            if (System.Text.Ascii.EqualsIgnoreCase(text.Slice(i, 7), "charset"u8)) return i;
        }
        return -1;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f';
}
