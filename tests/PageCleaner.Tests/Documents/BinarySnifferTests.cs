using System.Text;
using PageCleaner.Documents;

namespace PageCleaner.Tests.Documents;

public sealed class BinarySnifferTests
{
    private static byte[] WithTail(byte[] magic) => [.. magic, .. Encoding.ASCII.GetBytes(new string('x', 200))];

    [Fact]
    public void Known_magic_numbers_are_named()
    {
        Assert.Equal("a PNG image", BinarySniffer.Describe(WithTail([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])));
        Assert.Equal("a PDF document", BinarySniffer.Describe(WithTail("%PDF-1.7\n"u8.ToArray())));
        Assert.Equal("a ZIP archive", BinarySniffer.Describe(WithTail([0x50, 0x4B, 0x03, 0x04])));
        Assert.Equal("a JPEG image", BinarySniffer.Describe(WithTail([0xFF, 0xD8, 0xFF, 0xE0])));
        Assert.Equal("a GIF image", BinarySniffer.Describe(WithTail("GIF89a"u8.ToArray())));
        Assert.Equal("an executable", BinarySniffer.Describe(WithTail([0x7F, 0x45, 0x4C, 0x46])));
        Assert.Equal("a web font", BinarySniffer.Describe(WithTail("wOF2"u8.ToArray())));
        Assert.Equal("a zstd stream", BinarySniffer.Describe(WithTail([0x28, 0xB5, 0x2F, 0xFD])));
        Assert.Equal("an xz archive", BinarySniffer.Describe(WithTail([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00])));
        Assert.Equal("a 7z archive", BinarySniffer.Describe(WithTail([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C])));
        Assert.Equal("a bzip2 archive", BinarySniffer.Describe(WithTail("BZh91AY&SY"u8.ToArray())));
        Assert.Null(BinarySniffer.Describe(WithTail("BZh is how this text dump begins"u8.ToArray())));
    }

    [Fact]
    public void Evenly_spread_bytes_are_compressed_or_encrypted_whatever_their_share_of_control_bytes()
    {
        // About 10% of random bytes are control bytes: the control-byte rule alone called every other sample text.
        for (int seed = 0; seed < 200; seed++)
        {
            byte[] noise = new byte[300 + seed * 37];
            new Random(seed).NextBytes(noise);
            Assert.Equal(BinarySniffer.EvenBytes, BinarySniffer.Describe(noise));
        }
    }

    [Fact]
    public void Text_in_a_multi_byte_encoding_with_stray_control_bytes_is_text()
    {
        // Two high bytes per Han character (as GBK or Big5 write them), markup between, and 1% stray control bytes.
        var bytes = new List<byte>();
        var random = new Random(5);
        for (int i = 0; bytes.Count < 6000; i++)
        {
            bytes.AddRange("<p>"u8.ToArray());
            for (int k = 0; k < 30; k++) bytes.AddRange([(byte)random.Next(0xB0, 0xF8), (byte)random.Next(0xA1, 0xFF)]);
            bytes.AddRange("</p>\n"u8.ToArray());
        }
        for (int i = 50; i < bytes.Count; i += 100) bytes[i] = 0x01;
        Assert.Null(BinarySniffer.Describe(bytes.ToArray()));
    }

    [Fact]
    public void Control_byte_noise_is_binary()
    {
        byte[] noise = new byte[4096];
        for (int i = 0; i < noise.Length; i++) noise[i] = (byte)((i * 7) % 9); // 0..8: control bytes throughout
        Assert.Equal("binary data (control bytes throughout)", BinarySniffer.Describe(noise));
    }

    [Fact]
    public void A_page_with_a_few_nul_bytes_is_text()
    {
        var sb = new StringBuilder("<html><body>");
        for (int i = 0; i < 40; i++) sb.Append("<p>A paragraph of ordinary page text, number ").Append(i).Append(".</p>\n");
        byte[] page = Encoding.UTF8.GetBytes(sb.ToString());
        page[100] = 0;
        page[500] = 0;
        page[900] = 0x01;
        Assert.Null(BinarySniffer.Describe(page));
    }

    [Fact]
    public void Tabs_newlines_and_escape_are_not_control_noise()
    {
        byte[] text = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("\tcol\r\n\x1B[1mbold\x0C", 100)));
        Assert.Null(BinarySniffer.Describe(text));
    }

    // The sniffer first searches for any control byte at all; every byte value must be judged as the count judges it.
    [Fact]
    public void Every_byte_below_space_is_judged_by_the_control_byte_rule()
    {
        for (int b = 0; b <= 0x20; b++)
        {
            byte[] text = Encoding.ASCII.GetBytes(new string('x', 300));
            for (int i = 10; i < text.Length; i += 3) text[i] = (byte)b; // a third of the bytes
            bool control = b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B);
            Assert.Equal(control ? "binary data (control bytes throughout)" : null, BinarySniffer.Describe(text));
        }
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_text_despite_its_zero_bytes()
    {
        byte[] le = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("plain ASCII letters in UTF-16")];
        byte[] be = [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("plain ASCII letters in UTF-16")];
        Assert.Null(BinarySniffer.Describe(le));
        Assert.Null(BinarySniffer.Describe(be));
    }

    [Fact]
    public void Zero_bytes_at_every_other_position_are_utf16_and_at_both_are_not()
    {
        string text = string.Concat(Enumerable.Repeat("<p>Plain letters, 中文字符 and digits 2025.</p>\n", 20));
        Assert.Equal("utf-16le", BomlessUtf16.Detect(new UnicodeEncoding(false, false).GetBytes(text))?.Name);
        Assert.Equal("utf-16be", BomlessUtf16.Detect(new UnicodeEncoding(true, false).GetBytes(text))?.Name);
        Assert.Null(BinarySniffer.Describe(new UnicodeEncoding(false, false).GetBytes(text)));

        byte[] strayNuls = Encoding.UTF8.GetBytes(text);
        for (int i = 0; i < strayNuls.Length; i += 7) strayNuls[i] = 0;   // zeros at odd and even positions alike
        Assert.Null(BomlessUtf16.Detect(strayNuls));
        Assert.Null(BomlessUtf16.Detect(Encoding.UTF8.GetBytes(text)));
        for (int seed = 0; seed < 50; seed++)
        {
            byte[] noise = new byte[3000];
            new Random(seed).NextBytes(noise);
            Assert.Null(BomlessUtf16.Detect(noise));
        }
    }

    [Fact]
    public void Gzip_is_recognised_by_its_first_two_bytes()
    {
        Assert.True(BinarySniffer.IsGzip([0x1F, 0x8B, 0x08, 0x00]));
        Assert.False(BinarySniffer.IsGzip([0x1F, 0x8B]));
        Assert.False(BinarySniffer.IsGzip("<html>"u8));
    }
}
