using System.IO.Compression;
using System.Text;
using PageCleaner.Documents;

namespace PageCleaner.Tests.Documents;

public sealed class PageLoaderTests
{
    private const string Html = "<!DOCTYPE html><html><head><title>Gzip test</title></head><body><p>Compressed paragraph text.</p></body></html>";

    private static byte[] Gzip(byte[] data) => Compress(data, "gzip");

    [Fact]
    public void A_gzip_page_is_inflated_and_parsed()
    {
        LoadedPage page = PageLoader.Load(Gzip(Encoding.UTF8.GetBytes(Html)), CleanerOptions.Default);
        Assert.Equal(InputKind.Html, page.Kind);
        Assert.Equal(Html, page.Decoded.Text);
        Assert.NotNull(page.Html);
        Assert.Contains(page.Html.Root.Children.SelectMany(Descendants), n => n.Kind == PageCleaner.Markup.MarkupNodeKind.Text && n.Text.Contains("Compressed paragraph text.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_gzip_text_dump_is_inflated_and_read_as_text()
    {
        const string Dump = "First line of a dump\nSecond line of the dump";
        LoadedPage page = PageLoader.Load(Gzip(Encoding.UTF8.GetBytes(Dump)), CleanerOptions.Default);
        Assert.Equal(InputKind.Text, page.Kind);
        Assert.Equal(Dump, page.Decoded.Text);
        Assert.Null(page.Html);
    }

    private static byte[] Compress(byte[] data, string coding)
    {
        using var ms = new MemoryStream();
        using (Stream encoder = coding switch
        {
            "zlib" => new ZLibStream(ms, CompressionLevel.Optimal, leaveOpen: true),
            "br" => new BrotliStream(ms, CompressionLevel.Optimal, leaveOpen: true),
            "gzip" => new GZipStream(ms, CompressionLevel.Optimal, leaveOpen: true),
            _ => new DeflateStream(ms, CompressionLevel.Optimal, leaveOpen: true),
        })
        {
            encoder.Write(data);
        }
        return ms.ToArray();
    }

    // A page of varied sentences, so that its compressed form is a few kilobytes of evenly spread bytes.
    private static string VariedPage(int paragraphs)
    {
        var random = new Random(11);
        string[] words = ["harbour", "ferry", "engine", "council", "repairs", "weather", "passengers", "timetable", "bridge", "tide", "crew", "island"];
        var sb = new StringBuilder("<!DOCTYPE html><html><head><title>Ferry news</title></head><body>");
        for (int p = 0; p < paragraphs; p++)
        {
            sb.Append("<p>");
            for (int w = 0; w < 60; w++) sb.Append(words[random.Next(words.Length)]).Append(random.Next(1000)).Append(' ');
            sb.Append("</p>\n");
        }
        return sb.Append("</body></html>").ToString();
    }

    [Theory]
    [InlineData("zlib")]
    [InlineData("br")]
    [InlineData("deflate")]
    public void A_body_saved_still_compressed_without_a_gzip_header_is_decompressed(string coding)
    {
        string html = VariedPage(40);
        byte[] compressed = Compress(Encoding.UTF8.GetBytes(html), coding);
        Assert.Equal(BinarySniffer.EvenBytes, BinarySniffer.Describe(compressed));

        LoadedPage page = PageLoader.Load(compressed, CleanerOptions.Default);
        Assert.Equal(InputKind.Html, page.Kind);
        Assert.Equal(html, page.Decoded.Text);
    }

    [Fact]
    public void Random_bytes_are_refused_as_compressed_or_encrypted_data()
    {
        for (int seed = 0; seed < 50; seed++)
        {
            byte[] noise = new byte[4000];
            new Random(seed).NextBytes(noise);
            var e = Assert.Throws<PageRejectedException>(() => PageLoader.Load(noise, CleanerOptions.Default));
            Assert.Equal("not a page: " + BinarySniffer.EvenBytes, e.Message);
        }
    }

    [Fact]
    public void A_compressed_body_over_the_size_limit_is_refused_for_its_size()
    {
        var options = CleanerOptions.Default with { MaxPageBytes = 2 * 1024 * 1024 };
        string html = VariedPage(40);
        var sb = new StringBuilder();
        while (sb.Length < 3 * 1024 * 1024) sb.Append(html);
        byte[] compressed = Compress(Encoding.UTF8.GetBytes(sb.ToString()), "br");
        Assert.True(compressed.Length < options.MaxPageBytes);

        var e = Assert.Throws<PageRejectedException>(() => PageLoader.Load(compressed, options));
        Assert.Contains("limit of 2 MiB", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_saved_without_a_byte_order_mark_is_decoded(bool bigEndian)
    {
        const string Page = "<html><head><title>港口渡轮</title></head><body><p>港口的渡轮在修理引擎一个月后恢复运营。</p>"
            + "<p>The harbour ferry is back in service after a month of repairs.</p></body></html>";
        byte[] bytes = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(Page);

        LoadedPage page = PageLoader.Load(bytes, CleanerOptions.Default);
        Assert.Equal(InputKind.Html, page.Kind);
        Assert.Equal(Page, page.Decoded.Text);
        Assert.Equal(bigEndian ? "utf-16be" : "utf-16le", page.Decoded.Encoding.Name);
        Assert.Equal(EncodingEvidence.Guessed, page.Decoded.Encoding.Evidence);
    }

    [Fact]
    public void An_empty_page_is_rejected()
    {
        var e = Assert.Throws<PageRejectedException>(() => PageLoader.Load([], CleanerOptions.Default));
        Assert.Equal("empty file", e.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x20, 0x0A, 0x0D, 0x0A, 0x09 })]
    [InlineData(new byte[] { 0x00, 0x00, 0x20 })]
    public void A_whitespace_only_page_is_rejected(byte[] bytes)
    {
        var e = Assert.Throws<PageRejectedException>(() => PageLoader.Load(bytes, CleanerOptions.Default));
        Assert.Contains("whitespace", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x20, 0x0A })]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x20, 0x00, 0x0A, 0x00 })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { 0xC2, 0xA0, 0xE3, 0x80, 0x80, 0x0A })] // no-break and ideographic spaces in UTF-8
    public void A_page_of_only_a_byte_order_mark_and_whitespace_is_rejected(byte[] bytes)
    {
        var e = Assert.Throws<PageRejectedException>(() => PageLoader.Load(bytes, CleanerOptions.Default));
        Assert.Contains("whitespace", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_is_rejected_with_its_kind()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
        var e = Assert.Throws<PageRejectedException>(() => PageLoader.Load(png, CleanerOptions.Default));
        Assert.Equal("not a page: a PNG image", e.Message);
    }

    [Fact]
    public void A_gzip_of_a_binary_file_is_rejected_with_its_kind()
    {
        var e = Assert.Throws<PageRejectedException>(() => PageLoader.Load(Gzip("%PDF-1.4 fake"u8.ToArray()), CleanerOptions.Default));
        Assert.Equal("not a page: a PDF document", e.Message);
    }

    [Fact]
    public void A_broken_gzip_stream_is_rejected()
    {
        byte[] broken = [0x1F, 0x8B, 0x08, 0x00, 0xDE, 0xAD, 0xBE, 0xEF, 0x00, 0xFF, 0x07, 0x37, 0x42, 0x42, 0x42, 0x42, 0x42, 0x42];
        var e = Assert.Throws<PageRejectedException>(() => PageLoader.Load(broken, CleanerOptions.Default));
        Assert.StartsWith("broken gzip stream", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_over_the_size_limit_is_rejected_with_the_limit_in_the_message()
    {
        var options = CleanerOptions.Default with { MaxPageBytes = 2 * 1024 * 1024 };
        byte[] page = Encoding.ASCII.GetBytes("<html><body>" + new string('a', 3 * 1024 * 1024) + "</body></html>");
        var e = Assert.Throws<PageRejectedException>(() => PageLoader.Load(page, options));
        Assert.Contains("3.0 MiB", e.Message, StringComparison.Ordinal);
        Assert.Contains("limit of 2 MiB", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_size_limit_is_stated_exactly_in_the_message()
    {
        var options = CleanerOptions.Default with { MaxPageBytes = 1000 };
        byte[] page = Encoding.ASCII.GetBytes(new string('a', 1500));
        var e = Assert.Throws<PageRejectedException>(() => PageLoader.Load(page, options));
        Assert.Contains("1500 bytes", e.Message, StringComparison.Ordinal);
        Assert.Contains("limit of 1000 bytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_at_the_size_limit_is_accepted()
    {
        byte[] page = Encoding.ASCII.GetBytes("some text " + new string('b', 990));
        var options = CleanerOptions.Default with { MaxPageBytes = page.Length };
        Assert.Equal(InputKind.Text, PageLoader.Load(page, options).Kind);
    }

    [Fact]
    public void A_gzip_page_that_inflates_past_the_limit_is_rejected()
    {
        var options = CleanerOptions.Default with { MaxPageBytes = 1024 * 1024 };
        byte[] bomb = Gzip(Encoding.ASCII.GetBytes(new string('z', 4 * 1024 * 1024)));
        Assert.True(bomb.Length < options.MaxPageBytes);
        var e = Assert.Throws<PageRejectedException>(() => PageLoader.Load(bomb, options));
        Assert.Contains("limit of 1 MiB", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_input_option_overrides_detection()
    {
        byte[] html = Encoding.UTF8.GetBytes(Html);
        LoadedPage asText = PageLoader.Load(html, CleanerOptions.Default with { Input = InputKind.Text });
        Assert.Equal(InputKind.Text, asText.Kind);
        Assert.Null(asText.Html);
    }

    [Fact]
    public void Decoded_text_of_auto_kind_is_detected()
    {
        var decoded = new DecodedText(Html, new DetectedEncoding("utf-16", EncodingEvidence.Caller, "test"));
        Assert.Equal(InputKind.Html, PageLoader.FromText(decoded, InputKind.Auto, CleanerOptions.Default).Kind);
        var dump = new DecodedText("a line\nanother line", decoded.Encoding);
        Assert.Equal(InputKind.Text, PageLoader.FromText(dump, InputKind.Auto, CleanerOptions.Default).Kind);
    }

    public static TheoryData<string, string> EncodedPages() => new()
    {
        { "utf-8", "<html><body><p>Grüße, 你好 &amp; more</p><p title='x'>second</p></body></html>" },
        { "utf-16le", "<html><body><p>Byte order mark and text</p></body></html>" },
        { "gb18030", "<html><head><meta charset=\"gbk\"></head><body><p>中文网页的正文内容，足够长以便识别编码。</p></body></html>" },
        { "windows-1251", "<html><head><meta charset=\"windows-1251\"></head><body><p>Привет, мир</p></body></html>" },
    };

    [Theory]
    [MemberData(nameof(EncodedPages))]
    public void A_page_decoded_into_a_rented_buffer_gives_the_tree_and_text_of_one_decoded_into_a_string(string charset, string html)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        byte[] bytes = charset == "utf-16le" ? [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(html)] : Encoding.GetEncoding(charset).GetBytes(html);
        LoadedPage plain = PageLoader.Load(bytes, CleanerOptions.Default);
        using LoadedPage rented = PageLoader.Load(bytes, CleanerOptions.Default, rentBuffer: true);
        Assert.Equal(plain.Encoding, rented.Encoding);
        Assert.Equal(plain.Decoded.Text, rented.Html!.Text.ToString());
        Assert.Equal(Tree(plain.Html!.Root), Tree(rented.Html.Root));
        Assert.Equal(plain.Decoded.Text, rented.Decoded.Text);
    }

    [Fact]
    public void A_too_deep_page_decoded_for_a_rented_buffer_is_flattened_as_a_string_page_is()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<div>", 300)) + "deep text");
        var options = CleanerOptions.Default with { MaxNestingDepth = 100 };
        LoadedPage plain = PageLoader.Load(bytes, options);
        using LoadedPage rented = PageLoader.Load(bytes, options, rentBuffer: true);
        Assert.True(rented.Html!.MaxDepth <= 100);
        Assert.Equal(Tree(plain.Html!.Root), Tree(rented.Html.Root));
    }

    [Fact]
    public void A_page_too_large_for_the_pool_is_decoded_into_an_array_of_its_own()
    {
        string html = "<html><body>" + string.Concat(Enumerable.Repeat("<p>Paragraph text of a very long page.</p>", 120_000)) + "</body></html>";
        byte[] bytes = Encoding.UTF8.GetBytes(html);
        Assert.True(bytes.Length > 1 << 20);
        using LoadedPage rented = PageLoader.Load(bytes, CleanerOptions.Default, rentBuffer: true);
        Assert.Equal(html, rented.Decoded.Text);
    }

    [Fact]
    public void A_blank_page_is_rejected_on_the_rented_path_too()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("\u00A0 \u00A0")];
        var e = Assert.Throws<PageRejectedException>(() => PageLoader.Load(bytes, CleanerOptions.Default with { Input = InputKind.Html }, rentBuffer: true));
        Assert.Contains("only whitespace", e.Message, StringComparison.Ordinal);
    }

    // Every node with its kind, name, position and text, in document order.
    private static List<string> Tree(PageCleaner.Markup.MarkupNode root) =>
        [.. Descendants(root).Select(n => $"{n.Kind} {n.Name} {n.Start}-{n.End} {n.Text} {string.Join(",", n.Attributes.Select(a => a.Name + "=" + a.Value))}")];

    private static IEnumerable<PageCleaner.Markup.MarkupNode> Descendants(PageCleaner.Markup.MarkupNode node) =>
        node.Children.SelectMany(Descendants).Prepend(node);
}
