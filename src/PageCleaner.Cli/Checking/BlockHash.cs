using System.Security.Cryptography;
using System.Text;

namespace PageCleaner.Cli.Checking;

/// <summary>
/// The identity of a block's text for the allow-list: the first 16 hex digits of the SHA-256 of its normalised text
/// (NFKC, whitespace runs as one space, trimmed). It depends on the text only, so it survives the block moving to
/// another line or file, and changes when a word of it changes.
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

    public static string Normalize(string text)
    {
        string composed = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(composed.Length);
        bool space = false;
        foreach (char c in composed)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
