using System.Collections.Concurrent;
using System.Text;

namespace PageCleaner.Documents;

/// <summary>Encoding instances by code page, all decoding invalid bytes to U+FFFD so that decoding never throws.</summary>
internal static class CharsetEncodings
{
    public const int Utf8CodePage = 65001;
    public const int Utf16LeCodePage = 1200;
    public const int Utf16BeCodePage = 1201;

    private static readonly ConcurrentDictionary<int, Encoding> Cache = new();

    // The runtime runs a static constructor exactly once and thread-safely, before any member is used.
    static CharsetEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Get(int codePage) => Cache.GetOrAdd(codePage, Create);

    public static string GetString(int codePage, ReadOnlySpan<byte> bytes) => Get(codePage).GetString(bytes);

    /// <summary>A .NET encoding for a label outside the known table, if it exists and is ASCII-compatible.</summary>
    public static CharsetTarget? FromDotNetName(string label)
    {
        Encoding encoding;
        try
        {
            encoding = Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
        // UTF-16/32 and UTF-7 cannot be what an ASCII-readable declaration means; EBCDIC fails the probe below.
        if (encoding.CodePage is 1200 or 1201 or 12000 or 12001 or 65000) return null;
        byte[] probe = encoding.GetBytes("<a=");
        if (probe.Length != 3 || probe[0] != (byte)'<' || probe[1] != (byte)'a' || probe[2] != (byte)'=') return null;
        return new CharsetTarget(encoding.WebName, encoding.CodePage);
    }

    private static Encoding Create(int codePage) => codePage switch
    {
        Utf8CodePage => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false),
        Utf16LeCodePage => new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false),
        Utf16BeCodePage => new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false),
        _ => Encoding.GetEncoding(codePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD")),
    };
}
