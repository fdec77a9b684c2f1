using System.Text;

namespace PageCleaner.Documents;

/// <summary>
/// Finds a charset declared in the head of an HTML page (<c>&lt;meta charset&gt;</c>, <c>http-equiv</c>, XML declaration),
/// reading bytes as ASCII in the manner of the HTML standard's prescan: comments are skipped and attribute values may
/// hold <c>&gt;</c>.
/// </summary>
internal static class CharsetDeclarationScanner
{
    /// <summary>The scan stops here once the head has ended.</summary>
    private const int HeadLimit = 4096;

    /// <summary>The scan never goes past this, however long the head is.</summary>
    private const int HardLimit = 16384;

    private const int MaxLabelLength = 40;

    /// <summary>The first declaration with a known label; <paramref name="ignoredLabel"/> is the first unknown one seen.</summary>
    public static CharsetDeclaration? Find(ReadOnlySpan<byte> bytes, out string? ignoredLabel)
    {
        ignoredLabel = null;
        ReadOnlySpan<byte> data = bytes.Length > HardLimit ? bytes[..HardLimit] : bytes;
        bool headEnded = false;
        int i = 0;
        while (i < data.Length)
        {
            int lt = data[i..].IndexOf((byte)'<');
            if (lt < 0) break;
            i += lt;
            if (headEnded && i >= HeadLimit) break;
            ReadOnlySpan<byte> rest = data[i..];
            if (rest.StartsWith("<!--"u8))
            {
                int end = rest[4..].IndexOf("-->"u8);
                if (end < 0) break;
                i += 4 + end + 3;
                continue;
            }
            CharsetDeclaration? found = null;
            if (StartsWithTag(rest, "<meta"u8))
            {
                i = ReadMeta(data, i + 5, out found, ref ignoredLabel);
            }
            else if (rest.StartsWith("<?xml"u8))
            {
                i = ReadXmlDeclaration(data, i, out found, ref ignoredLabel);
            }
            else if (rest.Length > 2 && (IsLetter(rest[1]) || (rest[1] == '/' && IsLetter(rest[2]))))
            {
                if (StartsWithTag(rest, "<body"u8) || StartsWithTag(rest, "</head"u8)) headEnded = true;
                i = SkipTag(data, i + 1);
            }
            else if (rest.Length > 1 && rest[1] is (byte)'!' or (byte)'/' or (byte)'?')
            {
                int gt = rest.IndexOf((byte)'>');
                i = gt < 0 ? data.Length : i + gt + 1;
            }
            else
            {
                i++;
            }
            if (found is not null) return found;
        }
        return null;
    }

    private static int ReadMeta(ReadOnlySpan<byte> data, int pos, out CharsetDeclaration? found, ref string? ignoredLabel)
    {
        found = null;
        ReadOnlySpan<byte> charset = default, httpEquiv = default, content = default;
        bool hasCharset = false, hasContent = false;
        while ((pos = CharsetAttributeReader.Next(data, pos, out ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)) >= 0)
        {
            if (!hasCharset && Ascii.EqualsIgnoreCase(name, "charset"u8))
            {
                charset = value;
                hasCharset = true;
            }
            else if (!hasContent && Ascii.EqualsIgnoreCase(name, "content"u8))
            {
                content = value;
                hasContent = true;
            }
            else if (Ascii.EqualsIgnoreCase(name, "http-equiv"u8))
            {
                httpEquiv = value;
            }
        }
        int end = ~pos;
        if (hasCharset)
        {
            found = Resolve(charset, "meta charset", ref ignoredLabel);
        }
        else if (hasContent && Ascii.EqualsIgnoreCase(Trim(httpEquiv), "content-type"u8))
        {
            ReadOnlySpan<byte> label = CharsetAttributeReader.CharsetFromContent(content);
            if (!label.IsEmpty) found = Resolve(label, "meta http-equiv", ref ignoredLabel);
        }
        return end;
    }

    private static int ReadXmlDeclaration(ReadOnlySpan<byte> data, int start, out CharsetDeclaration? found, ref string? ignoredLabel)
    {
        found = null;
        int close = data[start..].IndexOf("?>"u8);
        if (close < 0) return data.Length;
        int end = start + close + 2;
        int pos = start + 5;
        while ((pos = CharsetAttributeReader.Next(data[..(end - 2)], pos, out ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)) >= 0)
        {
            if (Ascii.EqualsIgnoreCase(name, "encoding"u8))
            {
                found = Resolve(value, "xml declaration", ref ignoredLabel);
                break;
            }
        }
        return end;
    }

    private static CharsetDeclaration? Resolve(ReadOnlySpan<byte> raw, string source, ref string? ignoredLabel)
    {
        ReadOnlySpan<byte> trimmed = Trim(raw);
        if (trimmed.IsEmpty) return null;
        if (trimmed.Length > MaxLabelLength) trimmed = trimmed[..MaxLabelLength];
        string label = Encoding.Latin1.GetString(trimmed).ToLowerInvariant();
        CharsetTarget? target = CharsetLabels.Resolve(label);
        if (target is not null) return new CharsetDeclaration(label, source, target);
        ignoredLabel ??= label;
        return null;
    }

    /// <summary>Skips a tag's name and attributes; returns the position after its <c>&gt;</c>.</summary>
    private static int SkipTag(ReadOnlySpan<byte> data, int pos)
    {
        while (pos < data.Length && data[pos] is not ((byte)'>' or (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f' or (byte)'/'))
        {
            pos++;
        }
        while ((pos = CharsetAttributeReader.Next(data, pos, out _, out _)) >= 0)
        {
        }
        return ~pos;
    }

    private static bool StartsWithTag(ReadOnlySpan<byte> rest, ReadOnlySpan<byte> tag) =>
        rest.Length > tag.Length && Ascii.EqualsIgnoreCase(rest[..tag.Length], tag) &&
        rest[tag.Length] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f' or (byte)'/' or (byte)'>';

    private static bool IsLetter(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> value) => value.Trim(" \t\n\r\f\"'"u8);
}
