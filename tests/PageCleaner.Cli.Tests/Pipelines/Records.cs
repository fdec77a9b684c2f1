using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests.Pipelines;

/// <summary>JSONL shards and WARC files for the <c>clean --jsonl</c> tests, made from the test pages.</summary>
internal static class Records
{
    /// <summary>A JSONL shard of <paramref name="count"/> records (ids from <paramref name="first"/>): HTML articles and text dumps.</summary>
    public static string Shard(int first, int count)
    {
        var jsonl = new StringBuilder();
        for (int i = first; i < first + count; i++)
        {
            string field = i % 3 == 2 ? "text" : "html";
            string page = i % 3 == 2 ? TestPages.Dump(i).Content : TestPages.Article(i).Content;
            jsonl.Append(CultureInfo.InvariantCulture, $"{{\"id\":{i},\"lang\":\"en\",\"{field}\":{JsonSerializer.Serialize(page)}}}\n");
        }
        return jsonl.ToString();
    }

    /// <summary>A gzip-per-record WARC file with a warcinfo record and one HTML response per article.</summary>
    public static byte[] Warc(int articles, bool truncate = false)
    {
        var output = new MemoryStream();
        Member(output, Record("warcinfo", null, "application/warc-fields", "software: test\r\n"u8.ToArray(), 0));
        for (int i = 0; i < articles; i++)
        {
            byte[] http = [.. "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"u8, .. Encoding.UTF8.GetBytes(TestPages.Article(100 + i).Content)];
            Member(output, Record("response", $"https://coast.example/a/{i}", "application/http; msgtype=response", http, i + 1));
        }
        byte[] bytes = output.ToArray();
        return truncate ? bytes[..^40] : bytes;
    }

    /// <summary>A gzip-per-record WET file (Common Crawl's extracted text): a warcinfo record and one conversion record per text.</summary>
    public static byte[] Wet(params string[] texts)
    {
        var output = new MemoryStream();
        Member(output, Record("warcinfo", null, "application/warc-fields", "software: test\r\n"u8.ToArray(), 0));
        for (int i = 0; i < texts.Length; i++)
        {
            Member(output, Record("conversion", $"https://coast.example/t/{i}", "text/plain", Encoding.UTF8.GetBytes(texts[i]), i + 1));
        }
        return output.ToArray();
    }

    private static byte[] Record(string type, string? uri, string contentType, byte[] block, int n)
    {
        var head = new StringBuilder();
        head.Append("WARC/1.1\r\nWARC-Type: ").Append(type).Append("\r\n");
        if (uri is not null) head.Append("WARC-Target-URI: ").Append(uri).Append("\r\n");
        head.Append(CultureInfo.InvariantCulture, $"WARC-Date: 2025-01-0{1 + (n % 9)}T08:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{n:000000000000}>\r\n");
        head.Append("Content-Type: ").Append(contentType).Append(CultureInfo.InvariantCulture, $"\r\nContent-Length: {block.Length}\r\n\r\n");
        return [.. Encoding.UTF8.GetBytes(head.ToString()), .. block, .. "\r\n\r\n"u8];
    }

    private static void Member(Stream output, byte[] record)
    {
        using var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true);
        gzip.Write(record);
    }

    public static List<JsonElement> Parse(string jsonl) => jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l =>
    {
        using var doc = JsonDocument.Parse(l);
        return doc.RootElement.Clone();
    }).ToList();
}
