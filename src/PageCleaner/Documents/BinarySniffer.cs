namespace PageCleaner.Documents;

/// <summary>Recognises bytes that are not a page at all: images, archives, fonts, PDFs, executables, control-byte noise, compressed or encrypted bytes.</summary>
internal static class BinarySniffer
{
    private const int SniffBytes = 8192;

    /// <summary>Returns a short description of the binary format (e.g. <c>a PNG image</c>), or null for text.</summary>
    public static string? Describe(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[(byte)0x89, (byte)'P', (byte)'N', (byte)'G'])) return "a PNG image";
        if (bytes.StartsWith("GIF8"u8)) return "a GIF image";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[(byte)0xFF, (byte)0xD8, (byte)0xFF])) return "a JPEG image";
        if (bytes.StartsWith("%PDF"u8)) return "a PDF document";
        if (bytes.StartsWith("PK\x03\x04"u8)) return "a ZIP archive";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[(byte)0x7F, (byte)'E', (byte)'L', (byte)'F'])) return "an executable";
        if (bytes.StartsWith("RIFF"u8) || bytes.StartsWith("OggS"u8) || bytes.StartsWith("ID3"u8)) return "a media file";
        if (bytes.StartsWith("wOFF"u8) || bytes.StartsWith("wOF2"u8)) return "a web font";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[(byte)0x28, (byte)0xB5, (byte)0x2F, (byte)0xFD])) return "a zstd stream";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[(byte)0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', (byte)0x00])) return "an xz archive";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[(byte)'7', (byte)'z', (byte)0xBC, (byte)0xAF, (byte)0x27, (byte)0x1C])) return "a 7z archive";
        if (bytes.StartsWith("BZh"u8) && bytes.Length > 9 && bytes[4..10].SequenceEqual("1AY&SY"u8)) return "a bzip2 archive";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[(byte)0xFF, (byte)0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[(byte)0xFE, (byte)0xFF])) return null; // UTF-16 text has zero bytes
        ReadOnlySpan<byte> sample = bytes[..Math.Min(bytes.Length, SniffBytes)];
        // Most pages have no control byte at all: two vectorised searches say so before the count.
        if (sample.IndexOfAnyInRange((byte)0x00, (byte)0x08) < 0 && sample.IndexOfAnyInRange((byte)0x0E, (byte)0x1A) < 0
            && sample.IndexOfAnyInRange((byte)0x1C, (byte)0x1F) < 0)
        {
            return null;
        }
        // UTF-16 without a byte order mark has a zero byte in every ASCII character: text, which the decoder recognises.
        if (BomlessUtf16.Detect(sample) is not null) return null;
        int control = 0, high = 0;
        foreach (byte b in sample)
        {
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) control++;
            else if (b >= 0x80) high++;
        }
        // Compressed or encrypted bytes are spread evenly over all 256 values: about 10% control bytes (which a
        // threshold of 10% alone calls binary only every other time) and half of them high. Text in any single-byte or
        // multi-byte encoding has almost no control bytes, however many high ones.
        if (control * 100 > sample.Length * 3 && high * 4 > sample.Length) return EvenBytes;
        // Scraped pages carry the odd NUL or control byte; binary files carry them everywhere.
        return control * 10 > sample.Length ? ControlBytes : null;
    }

    /// <summary>What <see cref="Describe"/> says of bytes with control bytes throughout.</summary>
    public const string ControlBytes = "binary data (control bytes throughout)";

    /// <summary>
    /// What <see cref="Describe"/> says of bytes spread over every value, as compressed or encrypted data are: the case
    /// where a body saved without undoing its <c>Content-Encoding</c> is worth trying to decompress.
    /// </summary>
    public const string EvenBytes = "binary data (compressed or encrypted bytes)";

    /// <summary>Whether the bytes start like a gzip stream.</summary>
    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length > 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;
}
