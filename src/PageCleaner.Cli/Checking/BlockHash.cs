using System.Security.Cryptography;
using System.Text;

namespace PageCleaner.Cli.Checking;

/// <summary>
/// The identity of a block's text for the allow-list: the first 16 hex digits of the SHA-256 of its normalised text
/// (full-width ASCII forms folded to ASCII, whitespace runs as one space, trimmed). It depends on the text only, so it
/// survives the block moving to another line or file, and changes when a word of it changes. The folding is our own
/// rather than Unicode NFKC: the tool runs with invariant globalization, where <c>string.Normalize</c> does nothing,
/// and a hash must not depend on the machine's ICU.
/// </summary>
internal static class BlockHash
{
    public const int Length = 16;

    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        byte[] digest = SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(text)));
        return Convert.ToHexStringLower(digest, 0, Length / 2);
    }

    /// <summary>Whether <paramref name="value"/> has the form of a hash (16 hex digits, either case).</summary>
    public static bool IsWellFormed(string value)
    {
        if (value.Length != Length) return false;
        foreach (char c in value)
        {
            if (!char.IsAsciiHexDigit(c)) return false;
        }
        return true;
    }

    /// <summary>Whitespace runs as one space, trimmed; with <paramref name="foldWidth"/> full-width ASCII forms as ASCII.</summary>
    public static string Normalize(string text, bool foldWidth = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char raw in text)
        {
            if (char.IsWhiteSpace(raw))
            {
                space = sb.Length > 0;
                continue;
            }
            // U+FF01..U+FF5E are the full-width forms of '!'..'~' (ＡＢＣ, ０１２, ！).
            char c = foldWidth && raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
