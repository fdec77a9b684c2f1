using System.IO.Compression;
using System.Text;
using System.Text.Json;
using PageCleaner.Pipelines;

namespace PageCleaner.Tests.Pipelines;

/// <summary>WARC files through <see cref="StreamingCleaner"/>: HTML responses cleaned into JSONL, the rest skipped.</summary>
public sealed class WarcPipelineTests
{
    private static readonly byte[] Article = Encoding.UTF8.GetBytes(SamplePages.EnglishArticle);

    private static byte[] Gzip(byte[] bytes)
    {
        var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Optimal)) gz.Write(bytes);
        return output.ToArray();
    }

    /// <summary>A crawl as a crawler writes it: warcinfo, request/response pairs, metadata, pages that are not HTML.</summary>
    private static WarcBuilder Crawl()
    {
        var warc = new WarcBuilder();
        warc.Add("warcinfo", "software: test-crawler\r\n"u8.ToArray(), contentType: "application/warc-fields");
        warc.Add("request", "GET /bridge HTTP/1.1\r\nHost: courier.example\r\n\r\n"u8.ToArray(), "https://courier.example/bridge", contentType: "application/http; msgtype=request");
        warc.AddResponse("https://courier.example/bridge", WarcBuilder.Html(SamplePages.EnglishArticle), id: "11111111-0000-4000-8000-000000000001");
        warc.Add("metadata", "fetchTimeMs: 31\r\n"u8.ToArray(), "https://courier.example/bridge", contentType: "application/warc-fields");
        warc.AddResponse("https://courier.example/logo.png", WarcBuilder.Http(200, [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0], ("Content-Type", "image/png")));
        warc.AddResponse("https://courier.example/old", WarcBuilder.Http(301, "<html><body>Moved</body></html>"u8.ToArray(), ("Content-Type", "text/html"), ("Location", "/new")));
        // Chunked and gzip-encoded, as received from the server.
        byte[] farm = Encoding.UTF8.GetBytes("<html><head><meta charset=\"utf-8\"><title>夜间运动场地</title></head><body>"
            + string.Concat(SamplePages.ChineseParagraphs.Select(p => $"<p>{p}</p>")) + "</body></html>");
        warc.AddResponse("https://news.example/zh/sport", WarcBuilder.Http(200, WarcBuilder.Chunked(Gzip(farm), 50),
            ("Content-Type", "text/html"), ("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")), id: "11111111-0000-4000-8000-000000000002");
        // No Content-Type: sniffed.
        warc.AddResponse("https://courier.example/untyped", WarcBuilder.Http(200, Article), id: "11111111-0000-4000-8000-000000000003");
        warc.AddResponse("https://courier.example/data.json", WarcBuilder.Http(200, "{\"a\":1}"u8.ToArray(), ("Content-Type", "application/json")));
        return warc;
    }

    [Fact]
    public async Task Html_responses_become_lines_with_url_date_id_title_and_the_clean_fields_and_the_rest_is_skipped()
    {
        PipelineRun run = await PipelineRun.RecordsAsync(Crawl().GzipPerRecord());

        List<JsonElement> lines = run.Json;
        Assert.Equal(["https://courier.example/bridge", "https://news.example/zh/sport", "https://courier.example/untyped"], lines.Select(l => l.GetProperty("url").GetString()));
        JsonElement bridge = lines[0];
        Assert.Equal(["url", "date", "record_id", "title", "clean_text", "spam", "spam_score", "obfuscated", "language"], PipelineRun.Names(bridge));
        Assert.Equal("2024-05-03T10:00:00Z", bridge.GetProperty("date").GetString());
        Assert.Equal("<urn:uuid:11111111-0000-4000-8000-000000000001>", bridge.GetProperty("record_id").GetString());
        Assert.Equal("Millbrook council votes to rebuild Wren bridge | The Millbrook Courier", bridge.GetProperty("title").GetString());
        Assert.Equal(PipelineRun.Cleaner.Clean(Article).Text, bridge.GetProperty("clean_text").GetString());
        Assert.Equal("en", bridge.GetProperty("language").GetString());

        JsonElement farm = lines[1];
        Assert.Contains(SamplePages.ChineseParagraphs[1], farm.GetProperty("clean_text").GetString(), StringComparison.Ordinal);
        Assert.Equal("zh-hans", farm.GetProperty("language").GetString());

        Assert.Equal("warc", run.Summary.Format);
        Assert.Equal(9, run.Summary.Records);
        Assert.Equal(3, run.Summary.Cleaned);
        Assert.Equal(6, run.Summary.Skipped);
        Assert.Equal(0, run.Summary.Failed);
        Assert.Empty(run.Problems);
    }

    [Fact]
    public async Task The_charset_of_the_HTTP_header_decodes_a_page_that_declares_none()
    {
        // Written for this test; koi8-r is none of the encodings a page without a declaration is guessed in.
        const string Russian = "Вчера вечером мы гуляли по набережной и долго смотрели, как над рекой зажигаются огни старого моста. " +
            "Потом мы зашли в маленькое кафе, где подавали горячий чай с вареньем и свежие пироги с капустой.";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        byte[] body = Encoding.GetEncoding("koi8-r").GetBytes($"<html><head><title>Набережная</title></head><body><article><p>{Russian}</p><p>{Russian}</p></article></body></html>");
        var warc = new WarcBuilder();
        warc.AddResponse("https://city.example/ru/river", WarcBuilder.Http(200, body, ("Content-Type", "text/html; charset=KOI8-R")));
        warc.AddResponse("https://city.example/ru/river-untold", WarcBuilder.Http(200, body, ("Content-Type", "text/html")));

        List<JsonElement> lines = (await PipelineRun.RecordsAsync(warc.Plain())).Json;

        Assert.Contains("свежие пироги с капустой", lines[0].GetProperty("clean_text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("свежие пироги с капустой", lines[1].GetProperty("clean_text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_WET_file_s_conversion_records_are_cleaned_as_text_dumps()
    {
        // Common Crawl's WET files: the text extracted from each page, one conversion record per page.
        var wet = new WarcBuilder();
        wet.Add("warcinfo", "software: test-extractor\r\n"u8.ToArray(), contentType: "application/warc-fields");
        wet.Add("conversion", Encoding.UTF8.GetBytes(SamplePages.ChineseFarmDump), "https://farm.example/zh/1", id: "22222222-0000-4000-8000-000000000001", contentType: "text/plain");
        string english = "Home\nNews\nSport\nContact us\n" + string.Join("\n", SamplePages.ArticleParagraphs) + "\nPrivacy policy\nTerms of use\n";
        wet.Add("conversion", Encoding.UTF8.GetBytes(english), "https://courier.example/bridge", id: "22222222-0000-4000-8000-000000000002", contentType: "text/plain");
        wet.Add("conversion", "%PDF-1.4 not text"u8.ToArray(), "https://courier.example/a.pdf", contentType: "application/pdf");

        PipelineRun run = await PipelineRun.RecordsAsync(wet.GzipPerRecord());

        List<JsonElement> lines = run.Json;
        Assert.Equal(["https://farm.example/zh/1", "https://courier.example/bridge"], lines.Select(l => l.GetProperty("url").GetString()));
        CleanResult farm = PipelineRun.Cleaner.Clean(Encoding.UTF8.GetBytes(SamplePages.ChineseFarmDump));
        Assert.Equal(farm.Text, lines[0].GetProperty("clean_text").GetString());
        Assert.True(lines[0].GetProperty("spam").GetBoolean());
        string bridge = lines[1].GetProperty("clean_text").GetString()!;
        foreach (string paragraph in SamplePages.ArticleParagraphs) Assert.Contains(paragraph, bridge, StringComparison.Ordinal);
        Assert.DoesNotContain("Privacy policy", bridge, StringComparison.Ordinal);
        Assert.Equal(2, run.Summary.Cleaned);
        Assert.Equal(2, run.Summary.Skipped);
    }

    [Fact]
    public async Task Plain_gzip_per_record_and_gzip_whole_files_give_the_same_output()
    {
        WarcBuilder crawl = Crawl();

        PipelineRun plain = await PipelineRun.RecordsAsync(crawl.Plain());
        PipelineRun perRecord = await PipelineRun.RecordsAsync(crawl.GzipPerRecord());
        PipelineRun whole = await PipelineRun.RecordsAsync(crawl.GzipWhole());

        Assert.Equal(3, plain.Lines.Length);
        Assert.Equal(plain.Output, perRecord.Output);
        Assert.Equal(plain.Output, whole.Output);
    }

    [Fact]
    public async Task A_damaged_record_gives_an_error_line_and_the_records_after_it_are_cleaned()
    {
        WarcBuilder crawl = Crawl();
        var damaged = new WarcBuilder();
        for (int i = 0; i < crawl.Records.Count; i++)
        {
            damaged.AddRaw(crawl.Records[i]);
            if (i == 3) damaged.AddRaw("garbage that is not a record\r\n"u8.ToArray());
        }
        // A response that is not HTTP at all, and a file cut in its last record.
        damaged.AddResponse("https://courier.example/broken", "not an http response"u8.ToArray(), id: "11111111-0000-4000-8000-000000000009");
        byte[] file = [.. damaged.Plain(), .. Encoding.ASCII.GetBytes("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://courier.example/cut\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n")];

        PipelineRun run = await PipelineRun.RecordsAsync(file);

        List<JsonElement> lines = run.Json;
        Assert.Equal(6, lines.Count);
        Assert.Equal(JsonValueKind.Number, lines[1].GetProperty("offset").ValueKind);
        Assert.StartsWith("no WARC record starts here", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("https://news.example/zh/sport", lines[2].GetProperty("url").GetString());
        Assert.Equal("the record does not hold an HTTP response (no status line)", lines[4].GetProperty("error").GetString());
        Assert.Equal("https://courier.example/cut", lines[5].GetProperty("url").GetString());
        Assert.StartsWith("the data ends ", lines[5].GetProperty("error").GetString(), StringComparison.Ordinal);

        Assert.Equal(3, run.Summary.Cleaned);
        Assert.Equal(3, run.Summary.Failed);
        Assert.Equal(2, run.Summary.StreamProblems);
        Assert.Equal([true, false, true], run.Problems.Select(p => p.InStream));
        Assert.StartsWith("record ", run.Problems[0].Where, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_is_told_by_content_type_by_the_crawlers_identified_type_or_by_sniffing_an_untyped_body()
    {
        var warc = new WarcBuilder();
        warc.AddResponse("https://t.example/xhtml", WarcBuilder.Html(SamplePages.EnglishArticle, contentType: "application/xhtml+xml"));
        warc.AddResponse("https://t.example/plain", WarcBuilder.Html(SamplePages.EnglishArticle, contentType: "text/plain"));
        warc.Add("response", WarcBuilder.Html(SamplePages.EnglishArticle, contentType: "text/plain"), "https://t.example/identified",
            contentType: "application/http; msgtype=response", extra: ("WARC-Identified-Payload-Type", "text/html"));
        warc.AddResponse("https://t.example/octets", WarcBuilder.Html(SamplePages.EnglishArticle, contentType: "application/octet-stream"));
        warc.AddResponse("https://t.example/untyped-json", WarcBuilder.Http(200, "{\"html\": false}"u8.ToArray()));
        warc.Add("response", "no http here"u8.ToArray(), "dns:t.example", contentType: "text/dns");

        PipelineRun run = await PipelineRun.RecordsAsync(warc.Plain());

        Assert.Equal(["https://t.example/xhtml", "https://t.example/identified", "https://t.example/octets"], run.Json.Select(l => l.GetProperty("url").GetString()));
        Assert.Equal(3, run.Summary.Skipped);
    }

    [Fact]
    public async Task Records_of_a_stream_are_detected_as_jsonl_when_they_are_not_warc()
    {
        byte[] jsonl = Encoding.UTF8.GetBytes($"{{\"html\":{JsonSerializer.Serialize(SamplePages.EnglishArticle)}}}\n");

        PipelineRun plain = await PipelineRun.RecordsAsync(jsonl);
        PipelineRun gzip = await PipelineRun.RecordsAsync(Gzip(jsonl));

        Assert.Equal("jsonl", plain.Summary.Format);
        Assert.Equal("jsonl", gzip.Summary.Format);
        Assert.Equal(1, plain.Summary.Cleaned);
        Assert.Equal(plain.Output, gzip.Output);
    }
}
