namespace PageCleaner.Documents;

/// <summary>
/// The part of a page worth scoring: up to 64 KB taken from its non-ASCII stretches. Long ASCII runs (markup,
/// scripts, English) are cut down to their edges, which keeps the trail byte a CJK lead may need and the ASCII
/// neighbours the Latin scoring looks at.
/// </summary>
internal sealed class EncodingSample
{
    private const int MaxLength = 65536;
    private const int KeptEdge = 4;

    private EncodingSample(byte[] bytes, int nonAsciiBytes)
    {
        Bytes = bytes;
        NonAsciiBytes = nonAsciiBytes;
    }

    public byte[] Bytes { get; }

    public int NonAsciiBytes { get; }

    public static EncodingSample From(ReadOnlySpan<byte> bytes)
    {
        byte[] buffer = new byte[Math.Min(bytes.Length, MaxLength)];
        int length = 0, nonAscii = 0, i = 0;
        while (i < bytes.Length && length < buffer.Length)
        {
            int high = bytes[i..].IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            int asciiEnd = high < 0 ? bytes.Length : i + high;
            int run = asciiEnd - i;
            if (run > 2 * KeptEdge)
            {
                length = Append(buffer, length, bytes.Slice(i, KeptEdge));
                length = Append(buffer, length, bytes.Slice(asciiEnd - KeptEdge, KeptEdge));
            }
            else
            {
                length = Append(buffer, length, bytes[i..asciiEnd]);
            }
            if (high < 0) break;
            int highEnd = bytes[asciiEnd..].IndexOfAnyInRange((byte)0x00, (byte)0x7F);
            highEnd = highEnd < 0 ? bytes.Length : asciiEnd + highEnd;
            int before = length;
            length = Append(buffer, length, bytes[asciiEnd..highEnd]);
            nonAscii += length - before;
            i = highEnd;
        }
        return new EncodingSample(buffer.AsSpan(0, length).ToArray(), nonAscii);
    }

    private static int Append(byte[] buffer, int length, ReadOnlySpan<byte> part)
    {
        int take = Math.Min(part.Length, buffer.Length - length);
        part[..take].CopyTo(buffer.AsSpan(length));
        return length + take;
    }
}
