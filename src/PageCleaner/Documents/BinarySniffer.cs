namespace PageCleaner.Documents;

/// <summary>Recognises bytes that are not a page at all: images, archives, PDFs, executables, control-character noise.</summary>
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
        if (bytes.StartsWith((ReadOnlySpan<byte>)[(byte)0xFF, (byte)0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[(byte)0xFE, (byte)0xFF])) return null; // UTF-16 text has zero bytes
        ReadOnlySpan<byte> sample = bytes[..Math.Min(bytes.Length, SniffBytes)];
        // Most pages have no control byte at all: two vectorised searches say so before the count.
        if (sample.IndexOfAnyInRange((byte)0x00, (byte)0x08) < 0 && sample.IndexOfAnyInRange((byte)0x0E, (byte)0x1A) < 0
            && sample.IndexOfAnyInRange((byte)0x1C, (byte)0x1F) < 0)
        {
            return null;
        }
        int control = 0;
        foreach (byte b in sample)
        {
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) control++;
        }
        // Scraped pages carry the odd NUL or control byte; binary files carry them everywhere.
        return sample.Length > 0 && control * 10 > sample.Length ? "binary data (control bytes throughout)" : null;
    }

    /// <summary>Whether the bytes start like a gzip stream.</summary>
    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length > 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;
}
