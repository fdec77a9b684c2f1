using System.IO.Compression;
using System.Text;
using System.Text.Json;
using PageCleaner.Pipelines;
using PageCleaner.Rendering;

namespace PageCleaner.Tests.Pipelines;

/// <summary>JSONL records through <see cref="StreamingCleaner.CleanJsonlAsync"/>: fields kept byte for byte, clean fields added, errors in place.</summary>
public sealed class JsonlPipelineTests
{
    private static readonly string ArticleJson = JsonSerializer.Serialize(SamplePages.EnglishArticle);
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly string FarmJson = JsonSerializer.Serialize(SamplePages.ChineseFarmDump);

    [Fact]
    public async Task Every_member_of_a_record_is_written_back_byte_for_byte_then_the_clean_fields()
    {
        // Numbers that a round trip through double would change, escapes, nesting, odd spacing.
        string prefix = "{ \"id\" : 12345678901234567890123, \"score\": 1.50, \"tiny\": 1e-400, \"huge\":1E+400, \"neg\": -0,"
            + " \"esc\": \"caf\\u00e9 \\\"q\\\" \\ud83d\\ude00\", \"nested\": {\"a\": [1, 2.0, {\"b\": null}]}, \"ok\": true,"
            + $" \"html\": {ArticleJson}";
        PipelineRun run = await PipelineRun.JsonlAsync(prefix + " }\n");

        string line = Assert.Single(run.Lines);
        Assert.StartsWith(prefix + ",\"clean_text\":", line, StringComparison.Ordinal);
        JsonElement record = Assert.Single(run.Json);
        Assert.Equal(["id", "score", "tiny", "huge", "neg", "esc", "nested", "ok", "html", "clean_text", "spam", "spam_score", "obfuscated", "language"], PipelineRun.Names(record));
        foreach (string paragraph in SamplePages.ArticleParagraphs) Assert.Contains(paragraph, record.GetProperty("clean_text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Privacy policy", record.GetProperty("clean_text").GetString(), StringComparison.Ordinal);
        Assert.False(record.GetProperty("spam").GetBoolean());
        Assert.Equal("en", record.GetProperty("language").GetString());
        Assert.False(record.GetProperty("obfuscated").GetBoolean());
        Assert.Equal(1, run.Summary.Cleaned);
    }

    [Fact]
    public async Task The_clean_fields_are_those_of_the_cleaner_on_the_same_page()
    {
        PipelineRun run = await PipelineRun.JsonlAsync($"{{\"text\":{FarmJson}}}\n");

        CleanResult expected = PipelineRun.Cleaner.Clean(SamplePages.ChineseFarmDump, null);
        JsonElement record = Assert.Single(run.Json);
        Assert.Equal(expected.Text, record.GetProperty("clean_text").GetString());
        Assert.True(record.GetProperty("spam").GetBoolean());
        Assert.Equal(Math.Round(expected.Verdict.SpamScore, 4), record.GetProperty("spam_score").GetDouble());
        Assert.Equal("zh-hans", record.GetProperty("language").GetString());
        Assert.Equal(1, run.Summary.Spam);
    }

    [Fact]
    public async Task Bad_records_get_an_error_field_and_the_stream_goes_on()
    {
        string jsonl = string.Join("\n",
            $"{{\"id\":1,\"html\":{ArticleJson}}}",
            "this is not json",
            "",
            "[1, 2, 3]",
            "{\"id\":4,\"url\":\"http://x.example/\"}",
            "{\"id\":5,\"html\":42}",
            "{\"id\":6,\"html\":\"   \"}",
            "{\"id\":7,\"html\":\"<p>unclosed\"",
            $"{{\"id\":8,\"text\":{FarmJson}}}") + "\n";

        PipelineRun run = await PipelineRun.JsonlAsync(jsonl);

        string[] lines = run.Lines;
        Assert.Equal(8, lines.Length); // the blank line gives no output
        Assert.Contains("\"clean_text\":", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("{\"error\":\"not valid JSON: ", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",\"line\":2}", lines[1], StringComparison.Ordinal);
        Assert.Equal("{\"error\":\"not a JSON object\",\"line\":4}", lines[2]);
        Assert.Equal("{\"id\":4,\"url\":\"http://x.example/\",\"error\":\"the record has no \\\"html\\\" or \\\"text\\\" field\"}", lines[3]);
        Assert.Equal("{\"id\":5,\"html\":42,\"error\":\"the \\\"html\\\" field is not a string\"}", lines[4]);
        Assert.Equal("{\"id\":6,\"html\":\"   \",\"error\":\"no text (only whitespace)\"}", lines[5]);
        Assert.StartsWith("{\"error\":\"not valid JSON: ", lines[6], StringComparison.Ordinal);
        Assert.EndsWith(",\"line\":8}", lines[6], StringComparison.Ordinal);
        Assert.Contains("\"clean_text\":", lines[7], StringComparison.Ordinal);

        Assert.Equal(8, run.Summary.Records);
        Assert.Equal(2, run.Summary.Cleaned);
        Assert.Equal(6, run.Summary.Failed);
        Assert.Equal(["2", "4", "5", "6", "7", "8"], run.Problems.Select(p => p.Where));
        Assert.All(run.Problems, p => Assert.False(p.InStream));
    }

    [Fact]
    public async Task Unpaired_surrogate_escapes_and_bytes_that_are_not_UTF8_are_replaced_and_the_record_is_cleaned()
    {
        // A JSON reader refuses to make a string of either; scrapers write both.
        byte[] jsonl = [
            .. "{\"id\":1,\"html\":\"<article><p>Half a pair \\ud83d here, and the article goes on for a while.</p></article>\"}\n"u8,
            .. "{\"id\":2,\"text\":\"Broken bytes "u8, 0xFF, 0xFE, .. " inside a line of a text dump that is long enough.\"}\n"u8,
            .. "{\"i\\udc00d\":3,\"html\":\"<p>A name with half a pair.</p>\"}\n"u8,
        ];

        PipelineRun run = await PipelineRun.JsonlAsync(jsonl);

        List<JsonElement> records = run.Json;
        Assert.Equal(3, records.Count);
        Assert.Contains("Half a pair \uFFFD here", records[0].GetProperty("clean_text").GetString(), StringComparison.Ordinal);
        Assert.Contains("Broken bytes \uFFFD\uFFFD inside", records[1].GetProperty("clean_text").GetString(), StringComparison.Ordinal);
        Assert.Contains("A name with half a pair.", records[2].GetProperty("clean_text").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, run.Summary.Cleaned);
        // The records' own bytes are written back untouched.
        Assert.StartsWith("{\"id\":1,\"html\":\"<article><p>Half a pair \\ud83d here", run.Lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_in_a_record_is_cleaned_as_the_cleaner_cleans_the_same_html_given_as_a_string()
    {
        string html = SamplePages.EnglishArticle;
        string jsonl = JsonSerializer.Serialize(new { html }) + "\n" + JsonSerializer.Serialize(new { html }, Relaxed) + "\n";

        PipelineRun run = await PipelineRun.JsonlAsync(jsonl, new PipelineOptions { IncludeBlocks = true });

        CleanResult expected = PipelineRun.Cleaner.Clean(html);
        Assert.All(run.Json, record =>
        {
            Assert.Equal(expected.Text, record.GetProperty("clean_text").GetString());
            Assert.Equal(expected.Blocks.Select(b => (b.Text, BlockLabels.Name(b.Label), b.Line)),
                record.GetProperty("blocks").EnumerateArray().Select(b => (b.GetProperty("text").GetString()!, b.GetProperty("label").GetString()!, b.GetProperty("line").GetInt32())));
        });
    }

    [Fact]
    public async Task Html_is_preferred_to_text_and_the_field_names_can_be_changed()
    {
        string both = $"{{\"text\":\"a text dump line that is not the page\",\"html\":{ArticleJson}}}\n";
        JsonElement record = Assert.Single((await PipelineRun.JsonlAsync(both)).Json);
        Assert.Contains(SamplePages.ArticleParagraphs[0], record.GetProperty("clean_text").GetString(), StringComparison.Ordinal);

        string custom = $"{{\"raw\":{ArticleJson},\"body\":\"x\"}}\n";
        var options = new PipelineOptions { HtmlField = "raw", TextField = "body" };
        JsonElement renamed = Assert.Single((await PipelineRun.JsonlAsync(custom, options)).Json);
        Assert.Contains(SamplePages.ArticleParagraphs[0], renamed.GetProperty("clean_text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fields_named_like_the_added_ones_are_replaced_unless_a_prefix_is_given()
    {
        string jsonl = $"{{\"language\":\"de\",\"html\":{ArticleJson},\"spam\":\"unknown\",\"keep\":1}}\n";

        JsonElement replaced = Assert.Single((await PipelineRun.JsonlAsync(jsonl)).Json);
        Assert.Equal(["html", "keep", "clean_text", "spam", "spam_score", "obfuscated", "language"], PipelineRun.Names(replaced));
        Assert.Equal("en", replaced.GetProperty("language").GetString());

        JsonElement prefixed = Assert.Single((await PipelineRun.JsonlAsync(jsonl, new PipelineOptions { FieldPrefix = "pc_" })).Json);
        Assert.Equal(["language", "html", "spam", "keep", "pc_clean_text", "pc_spam", "pc_spam_score", "pc_obfuscated", "pc_language"], PipelineRun.Names(prefixed));
        Assert.Equal("de", prefixed.GetProperty("language").GetString());
    }

    [Fact]
    public async Task Blocks_are_added_on_request_with_every_block_labeled()
    {
        PipelineRun run = await PipelineRun.JsonlAsync($"{{\"html\":{ArticleJson}}}\n", new PipelineOptions { IncludeBlocks = true });

        JsonElement record = Assert.Single(run.Json);
        CleanResult expected = PipelineRun.Cleaner.Clean(SamplePages.EnglishArticle, null);
        JsonElement[] blocks = [.. record.GetProperty("blocks").EnumerateArray()];
        Assert.Equal(expected.Blocks.Count, blocks.Length);
        for (int i = 0; i < blocks.Length; i++)
        {
            Assert.Equal(BlockLabels.Name(expected.Blocks[i].Label), blocks[i].GetProperty("label").GetString());
            Assert.Equal(expected.Blocks[i].Text, blocks[i].GetProperty("text").GetString());
            Assert.Equal(expected.Blocks[i].Path, blocks[i].GetProperty("path").GetString());
        }
    }

    [Fact]
    public async Task Blocks_are_written_exactly_as_the_json_format_writes_them_hidden_reasons_included()
    {
        const string page = "<html><body><p>The harbour ferry is back in service after a month of repairs to its engines.</p>"
            + "<p hidden>an attribute hides this line</p><marquee>scrolling lucky casino bonus</marquee></body></html>";
        PipelineRun run = await PipelineRun.JsonlAsync($"{{\"html\":{JsonSerializer.Serialize(page)}}}\n", new PipelineOptions { IncludeBlocks = true });

        JsonElement record = Assert.Single(run.Json);
        using JsonDocument json = JsonDocument.Parse(JsonRenderer.Render(PipelineRun.Cleaner.Clean(page)));
        JsonElement expected = json.RootElement.GetProperty("blocks");
        Assert.Equal(expected.GetRawText(), record.GetProperty("blocks").GetRawText());
        Assert.Contains(expected.EnumerateArray(), b => b.TryGetProperty("hiddenReasons", out _));
    }

    [Fact]
    public async Task The_obfuscation_and_language_hooks_decide_their_fields()
    {
        var options = new PipelineOptions { ObfuscationCheck = r => r.Text.Contains("bridge", StringComparison.Ordinal), LanguageOf = null };

        JsonElement record = Assert.Single((await PipelineRun.JsonlAsync($"{{\"html\":{ArticleJson}}}\n", options)).Json);

        Assert.True(record.GetProperty("obfuscated").GetBoolean());
        Assert.Equal(JsonValueKind.Null, record.GetProperty("language").ValueKind);
    }

    [Fact]
    public async Task The_obfuscated_field_is_the_verdict_s_and_null_when_the_check_is_switched_off()
    {
        // The sample farm dump with a pinyin syllable after a character of each paragraph, six times per paragraph.
        string annotated = SamplePages.ChineseFarmDump;
        foreach (string p in SamplePages.ChineseParagraphs) annotated = annotated.Replace(p, Annotated(p), StringComparison.Ordinal);
        string jsonl = $"{{\"text\":{JsonSerializer.Serialize(annotated)}}}\n{{\"text\":{FarmJson}}}\n";

        JsonElement[] records = (await PipelineRun.JsonlAsync(jsonl)).Json.ToArray();
        Assert.True(records[0].GetProperty("obfuscated").GetBoolean());
        Assert.False(records[1].GetProperty("obfuscated").GetBoolean());

        JsonElement notExamined = (await PipelineRun.JsonlAsync(jsonl, new PipelineOptions { ObfuscationCheck = null })).Json.First();
        Assert.Equal(JsonValueKind.Null, notExamined.GetProperty("obfuscated").ValueKind);
    }

    // "(yī)" after the first six characters of the paragraph that are not punctuation.
    private static string Annotated(string paragraph)
    {
        var sb = new StringBuilder();
        int done = 0;
        foreach (char c in paragraph)
        {
            sb.Append(c);
            if (done < 6 && char.IsLetter(c))
            {
                sb.Append("(yī)");
                done++;
            }
        }
        return sb.ToString();
    }

    [Fact]
    public async Task Output_is_in_input_order_and_the_same_whatever_the_parallelism()
    {
        var jsonl = new StringBuilder();
        for (int i = 0; i < 40; i++)
        {
            string page = i % 3 == 0 ? FarmJson : i % 3 == 1 ? ArticleJson : JsonSerializer.Serialize($"<p>Short page number {i} about the harbour.</p>");
            jsonl.Append($"{{\"n\":{i},\"{(i % 3 == 0 ? "text" : "html")}\":{page}}}\n");
        }

        PipelineRun one = await PipelineRun.JsonlAsync(jsonl.ToString(), new PipelineOptions { Parallelism = 1 });
        PipelineRun four = await PipelineRun.JsonlAsync(jsonl.ToString(), new PipelineOptions { Parallelism = 4, MaxInFlight = 5 });

        Assert.Equal(Enumerable.Range(0, 40), one.Json.Select(r => r.GetProperty("n").GetInt32()));
        Assert.Equal(one.Output, four.Output);
    }

    [Fact]
    public async Task Gzip_compressed_jsonl_is_read_as_the_same_records()
    {
        byte[] jsonl = Encoding.UTF8.GetBytes($"{{\"n\":1,\"html\":{ArticleJson}}}\n{{\"n\":2,\"text\":{FarmJson}}}\n");

        PipelineRun plain = await PipelineRun.JsonlAsync(jsonl);
        PipelineRun gzip = await PipelineRun.JsonlAsync(WarcBuilder.Gzip(jsonl));

        Assert.Equal(2, plain.Summary.Cleaned);
        Assert.Equal(plain.Output, gzip.Output);
    }

    [Fact]
    public async Task The_callers_streams_are_left_open_even_when_the_input_is_empty()
    {
        var input = new MemoryStream();
        var output = new MemoryStream();

        PipelineSummary summary = await new StreamingCleaner(PipelineRun.Cleaner).CleanJsonlAsync(input, output);

        Assert.Equal(0, summary.Records);
        Assert.True(input.CanRead);
        Assert.True(output.CanWrite);
    }

    [Fact]
    public async Task A_line_over_the_record_limit_gets_an_error_and_is_not_held()
    {
        string jsonl = $"{{\"html\":\"{new string('x', 50_000)}\"}}\n{{\"html\":{ArticleJson}}}\n";

        PipelineRun run = await PipelineRun.JsonlAsync(jsonl, new PipelineOptions { MaxRecordBytes = 20_000 });

        Assert.Equal("{\"error\":\"line is longer than the limit of 20000 bytes\",\"line\":1}", run.Lines[0]);
        Assert.Contains("\"clean_text\":", run.Lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_stops_the_stream_with_only_whole_lines_written_in_order()
    {
        var jsonl = new StringBuilder();
        for (int i = 0; i < 2000; i++) jsonl.Append($"{{\"n\":{i},\"html\":{ArticleJson}}}\n");
        using var cts = new CancellationTokenSource();
        var output = new CancelAfterLines(cts, lines: 5);
        var pipeline = new StreamingCleaner(PipelineRun.Cleaner, new PipelineOptions { Parallelism = 2 });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            pipeline.CleanJsonlAsync(new MemoryStream(Encoding.UTF8.GetBytes(jsonl.ToString())), output, null, cts.Token));

        var run = new PipelineRun(new PipelineSummary { Format = "jsonl" }, output.ToArray(), []);
        List<JsonElement> records = run.Json;
        Assert.Equal(5, records.Count);
        Assert.Equal(Enumerable.Range(0, records.Count), records.Select(r => r.GetProperty("n").GetInt32()));
    }

    /// <summary>An output that cancels the run once it has been given some lines.</summary>
    private sealed class CancelAfterLines(CancellationTokenSource cts, int lines) : MemoryStream
    {
        private int _lines;

        public override void Write(byte[] buffer, int offset, int count)
        {
            base.Write(buffer, offset, count);
            _lines += buffer.AsSpan(offset, count).Count((byte)'\n');
            if (_lines >= lines) cts.Cancel();
        }

        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }
    }
}
