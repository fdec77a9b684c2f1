using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace PageCleaner.Documents;

/// <summary>Strict UTF-8 validation that forgives a multi-byte sequence cut off at the very end (a truncated file).</summary>
internal static class EncodingUtf8Validator
{
    /// <summary>
    /// True when <paramref name="bytes"/> are valid UTF-8, or would be but for a sequence cut off at the end
    /// (<paramref name="truncated"/>) after other non-ASCII characters.
    /// </summary>
    public static bool IsValid(ReadOnlySpan<byte> bytes, out bool truncated)
    {
        truncated = false;
        if (Utf8.IsValid(bytes)) return true;
        // The last sequence starts at most 3 bytes before the end; walk back over continuation bytes.
        int start = bytes.Length - 1;
        int limit = Math.Max(0, bytes.Length - 4);
        while (start > limit && (bytes[start] & 0xC0) == 0x80) start--;
        ReadOnlySpan<byte> tail = bytes[start..];
        // A lone lead byte after plain ASCII is more likely a legacy "café" than a cut-off UTF-8 file.
        if (!Utf8.IsValid(bytes[..start]) || Ascii.IsValid(bytes[..start])) return false;
        Span<char> buffer = stackalloc char[4];
        OperationStatus status = Utf8.ToUtf16(tail, buffer, out _, out _, replaceInvalidSequences: false, isFinalBlock: false);
        truncated = status == OperationStatus.NeedMoreData;
        return truncated;
    }

    /// <summary>
    /// Counts well-formed multi-byte sequences and invalid bytes. Legacy CJK text forms valid sequences only by
    /// chance, so a page that is nearly all valid is UTF-8 with a few damaged bytes.
    /// </summary>
    public static bool IsMostlyValid(ReadOnlySpan<byte> sample)
    {
        int valid = 0, invalid = 0;
        int i = 0;
        while (i < sample.Length)
        {
            int next = sample[i..].IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (next < 0) break;
            i += next;
            OperationStatus status = Rune.DecodeFromUtf8(sample[i..], out _, out int consumed);
            if (status == OperationStatus.Done) valid++;
            else if (status == OperationStatus.InvalidData) invalid++;
            i += Math.Max(1, consumed);
        }
        return valid >= 8 && invalid * 20 <= valid;
    }
}
