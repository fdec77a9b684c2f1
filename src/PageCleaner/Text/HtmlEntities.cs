using System.Net;
using System.Text;

namespace PageCleaner.Text;

/// <summary>
/// Decodes character references in HTML text, including the legacy named references browsers accept without the
/// closing semicolon (<c>&amp;nbsp</c>, <c>&amp;gt</c>, ...), which old pages use and <see cref="WebUtility.HtmlDecode(string)"/> leaves alone.
/// </summary>
internal static class HtmlEntities
{
    private static readonly string[] Legacy = ["nbsp", "amp", "lt", "gt", "quot", "copy", "reg", "middot", "laquo", "raquo"];

    public static string Decode(string raw)
    {
        if (!raw.Contains('&', StringComparison.Ordinal)) return raw;
        return WebUtility.HtmlDecode(AddMissingSemicolons(raw));
    }

    private static string AddMissingSemicolons(string raw)
    {
        StringBuilder? sb = null;
        int copied = 0;
        for (int i = raw.IndexOf('&', StringComparison.Ordinal); i >= 0 && i < raw.Length; i = raw.IndexOf('&', i + 1))
        {
            foreach (string name in Legacy)
            {
                int end = i + 1 + name.Length;
                if (end > raw.Length || string.CompareOrdinal(raw, i + 1, name, 0, name.Length) != 0) continue;
                if (end < raw.Length && (raw[end] == ';' || char.IsAsciiLetterOrDigit(raw[end]))) break;
                sb ??= new StringBuilder(raw.Length + 8);
                sb.Append(raw, copied, end - copied).Append(';');
                copied = end;
                break;
            }
        }
        if (sb is null) return raw;
        sb.Append(raw, copied, raw.Length - copied);
        return sb.ToString();
    }
}
