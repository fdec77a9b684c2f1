using System.Text;
using System.Text.Json;
using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests.Pipelines;

/// <summary><c>clean --jsonl</c>: JSONL and WARC streams from standard input or files, to standard output or files.</summary>
public sealed class CleanJsonlTests
{
    [Fact]
    public async Task Standard_input_to_standard_output_keeps_the_records_and_adds_the_clean_fields()
    {
        using var temp = new TempFolder();
        string jsonl = Records.Shard(0, 3) + "{not json}\n" + "{\"id\":99}\n";

        CliRun run = await Tool.RunWithStdinAsync(temp.Root, Encoding.UTF8.GetBytes(jsonl), "clean", "--jsonl");

        Assert.True(run.ExitCode == 0, run.ToString());
        List<JsonElement> records = Records.Parse(run.StdoutText);
        Assert.Equal(5, records.Count);
        Assert.Equal([0, 1, 2], records.Take(3).Select(r => r.GetProperty("id").GetInt32()));
        string first = run.StdoutText.Split('\n')[0];
        string original = jsonl.Split('\n')[0];
        Assert.StartsWith(original[..^1] + ",\"clean_text\":", first, StringComparison.Ordinal);
        Assert.Equal(["id", "lang", "html", "clean_text", "spam", "spam_score", "obfuscated", "language"], records[0].EnumerateObject().Select(p => p.Name));
        Assert.Contains(TestPages.Article(0).Paragraphs[0], records[0].GetProperty("clean_text").GetString(), StringComparison.Ordinal);
        Assert.Contains(TestPages.Dump(2).Paragraphs[0], records[2].GetProperty("clean_text").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, records[3].GetProperty("line").GetInt32());
        Assert.Equal("the record has no \"html\" or \"text\" field", records[4].GetProperty("error").GetString());

        Assert.Equal(3, run.ErrorLines.Count);
        Assert.StartsWith("pagecleaner: -:4: not valid JSON: ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal("pagecleaner: -:5: the record has no \"html\" or \"text\" field", run.ErrorLines[1]);
        Assert.StartsWith("pagecleaner: 1 inputs, 0 failed, 0 skipped (output exists); 5 records: 3 cleaned, 2 with errors, 0 skipped (not HTML), 0 with spam; ", run.Summary, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public async Task Shards_in_a_folder_give_one_output_file_each_equal_to_cleaning_each_alone()
    {
        using var temp = new TempFolder();
        temp.WriteText("shards/a.jsonl", Records.Shard(0, 4));
        temp.WriteText("shards/sub/b.ndjson", Records.Shard(10, 3));
        temp.WriteBytes("shards/crawl.warc.gz", Records.Warc(3));
        temp.WriteText("shards/notes.txt", "not a shard\n");

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "--jsonl", "shards", "-o", "out");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.Stdout);
        Assert.Equal(["a.jsonl", "crawl.jsonl", "sub/b.jsonl"], temp.FilesUnder("out"));
        CliRun alone = await Tool.RunWithStdinAsync(temp.Root, temp.ReadBytes("shards/sub/b.ndjson"), "clean", "--jsonl");
        Assert.Equal(alone.StdoutText, temp.ReadText("out/sub/b.jsonl"));
        List<JsonElement> pages = Records.Parse(temp.ReadText("out/crawl.jsonl"));
        Assert.Equal(["https://coast.example/a/0", "https://coast.example/a/1", "https://coast.example/a/2"], pages.Select(p => p.GetProperty("url").GetString()));
        Assert.Equal("<urn:uuid:00000000-0000-4000-8000-000000000001>", pages[0].GetProperty("record_id").GetString());
        Assert.Contains(TestPages.Article(101).Paragraphs[0], pages[1].GetProperty("clean_text").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("pagecleaner: 3 inputs, 0 failed, 0 skipped (output exists); 11 records: 10 cleaned, 0 with errors, 1 skipped (not HTML)", run.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Existing_outputs_are_kept_and_their_inputs_skipped_unless_overwrite_is_given()
    {
        using var temp = new TempFolder();
        temp.WriteText("shards/a.jsonl", Records.Shard(0, 2));
        temp.WriteText("shards/b.jsonl", Records.Shard(5, 2));
        temp.WriteText("out/a.jsonl", "kept\n");

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "--jsonl", "shards", "-o", "out");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("kept\n", temp.ReadText("out/a.jsonl"));
        Assert.Equal(2, Records.Parse(temp.ReadText("out/b.jsonl")).Count);
        Assert.StartsWith("pagecleaner: 2 inputs, 0 failed, 1 skipped (output exists); 2 records:", run.Summary, StringComparison.Ordinal);

        CliRun again = await Tool.RunAsync(temp.Root, "clean", "--jsonl", "shards", "-o", "out", "--overwrite");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(2, Records.Parse(temp.ReadText("out/a.jsonl")).Count);
        Assert.Equal(["a.jsonl", "b.jsonl"], temp.FilesUnder("out"));
    }

    [Fact]
    public async Task An_output_that_would_overwrite_an_input_is_refused()
    {
        using var temp = new TempFolder();
        temp.WriteText("shards/a.jsonl", Records.Shard(0, 1));
        string before = temp.ReadText("shards/a.jsonl");

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "--jsonl", "shards", "-o", "shards");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(before, temp.ReadText("shards/a.jsonl"));
        Assert.StartsWith("pagecleaner: shards/a.jsonl: the result would overwrite an input", run.ErrorLines[0], StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public async Task The_output_is_the_same_whatever_the_thread_count()
    {
        using var temp = new TempFolder();
        temp.WriteText("a.jsonl", Records.Shard(0, 12));

        CliRun one = await Tool.RunAsync(temp.Root, "clean", "--jsonl", "a.jsonl", "--threads", "1", "--blocks");
        CliRun three = await Tool.RunAsync(temp.Root, "clean", "--jsonl", "a.jsonl", "--threads", "3", "--blocks");

        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.Equal(one.StdoutText, three.StdoutText);
        Assert.All(Records.Parse(one.StdoutText), r => Assert.True(r.GetProperty("blocks").GetArrayLength() > 0));
    }

    [Fact]
    public async Task Field_options_choose_the_page_field_and_prefix_the_added_fields()
    {
        using var temp = new TempFolder();
        string page = JsonSerializer.Serialize(TestPages.Article(4).Content);
        temp.WriteText("a.jsonl", $"{{\"body\":{page},\"language\":\"en-GB\"}}\n");

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "--jsonl", "a.jsonl", "--html-field", "body", "--field-prefix", "pc_");

        Assert.True(run.ExitCode == 0, run.ToString());
        JsonElement record = Assert.Single(Records.Parse(run.StdoutText));
        Assert.Equal(["body", "language", "pc_clean_text", "pc_spam", "pc_spam_score", "pc_obfuscated", "pc_language"], record.EnumerateObject().Select(p => p.Name));
        Assert.Equal("en-GB", record.GetProperty("language").GetString());
    }

    [Fact]
    public async Task Warc_files_alone_are_cleaned_into_jsonl_without_the_flag()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("crawl.warc.gz", Records.Warc(2));

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "crawl.warc.gz");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, Records.Parse(run.StdoutText).Count);
    }

    [Fact]
    public async Task A_WET_file_of_extracted_text_is_cleaned_without_the_flag()
    {
        using var temp = new TempFolder();
        string text = "Home\nNews\nContact\n" + string.Join("\n", TestPages.Article(7).Paragraphs) + "\nPrivacy policy\nCookie settings\n";
        temp.WriteBytes("CC-MAIN-test-00000.warc.wet.gz", Records.Wet(text, text));

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "CC-MAIN-test-00000.warc.wet.gz", "-o", "out");

        Assert.True(run.ExitCode == 0, run.ToString());
        List<JsonElement> lines = Records.Parse(File.ReadAllText(temp.PathOf("out/CC-MAIN-test-00000.warc.jsonl")));
        Assert.Equal(["https://coast.example/t/0", "https://coast.example/t/1"], lines.Select(l => l.GetProperty("url").GetString()));
        string clean = lines[0].GetProperty("clean_text").GetString()!;
        Assert.Contains(TestPages.Article(7).Paragraphs[0], clean, StringComparison.Ordinal);
        Assert.DoesNotContain("Cookie settings", clean, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_warc_gives_an_error_line_and_exit_code_1()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("crawl.warc.gz", Records.Warc(3, truncate: true));

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "--jsonl", "crawl.warc.gz");

        Assert.Equal(1, run.ExitCode);
        List<JsonElement> lines = Records.Parse(run.StdoutText);
        Assert.Equal(3, lines.Count);
        Assert.StartsWith("the data ends ", lines[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("https://coast.example/a/2", lines[2].GetProperty("url").GetString());
        Assert.StartsWith("pagecleaner: crawl.warc.gz: record 4 at offset ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("with errors (1 of them damaged input)", run.Summary, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public async Task Many_bad_records_are_shown_up_to_twenty_and_counted()
    {
        using var temp = new TempFolder();
        temp.WriteText("bad.jsonl", string.Concat(Enumerable.Repeat("[]\n", 25)));

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "--jsonl", "bad.jsonl");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(25, Records.Parse(run.StdoutText).Count);
        Assert.Equal(20, run.ProblemLines.Count(l => l.EndsWith(": not a JSON object", StringComparison.Ordinal)));
        Assert.Equal("pagecleaner: bad.jsonl: 5 more problems not shown (each is in its output line's error field)", run.ProblemLines[^1]);
    }

    [Fact]
    public async Task A_missing_input_is_reported_and_the_others_are_cleaned()
    {
        using var temp = new TempFolder();
        temp.WriteText("a.jsonl", Records.Shard(0, 1));

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "--jsonl", "missing.jsonl", "a.jsonl");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("pagecleaner: missing.jsonl: no such file or folder", run.ErrorLines[0]);
        Assert.Single(Records.Parse(run.StdoutText));
    }

    [Theory]
    [InlineData("--jsonl", "--format", "json")]
    [InlineData("--jsonl", "--input", "html")]
    [InlineData("--blocks")]
    [InlineData("--html-field", "body")]
    [InlineData("--field-prefix", "x_")]
    [InlineData("--jsonl", "--html-field", "")]
    public async Task Options_that_do_not_fit_the_mode_are_usage_errors(params string[] options)
    {
        using var temp = new TempFolder();
        temp.WriteText("a.jsonl", Records.Shard(0, 1));

        CliRun run = await Tool.RunAsync(temp.Root, ["clean", "a.jsonl", .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        run.AssertNoStackTrace();
    }

    [Fact]
    public async Task A_warc_file_among_pages_without_the_flag_is_a_usage_error()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("crawl.warc.gz", Records.Warc(1));
        temp.WriteText("page.html", TestPages.Article(1).Content);

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "crawl.warc.gz", "page.html");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("WARC files are cleaned into JSONL: add --jsonl", run.Stderr, StringComparison.Ordinal);
    }
}
