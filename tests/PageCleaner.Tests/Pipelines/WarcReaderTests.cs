using System.Text;
using PageCleaner.Pipelines;

namespace PageCleaner.Tests.Pipelines;

/// <summary>The WARC reader on files written by the tests: plain, gzip per record, gzip whole, and damaged.</summary>
public sealed class WarcReaderTests
{
    private static async Task<List<WarcRecord>> ReadAll(Stream stream, long max = WarcReader.DefaultMaxRecordBytes)
    {
        using var reader = new WarcReader(stream, max);
        var records = new List<WarcRecord>();
        await foreach (WarcRecord r in reader.ReadAsync()) records.Add(r);
        return records;
    }

    private static Task<List<WarcRecord>> ReadAll(byte[] bytes, long max = WarcReader.DefaultMaxRecordBytes) => ReadAll(new MemoryStream(bytes), max);

    private static WarcBuilder Sample(string version = "WARC/1.1", string lineEnd = "\r\n")
    {
        var warc = new WarcBuilder { Version = version, LineEnd = lineEnd };
        warc.Add("warcinfo", "software: test\r\nformat: WARC File Format 1.1\r\n"u8.ToArray(), contentType: "application/warc-fields");
        warc.Add("request", "GET / HTTP/1.1\r\nHost: a.example\r\n\r\n"u8.ToArray(), "http://a.example/", contentType: "application/http; msgtype=request");
        warc.AddResponse("http://a.example/", WarcBuilder.Html("<html><body><p>first page</p></body></html>"));
        // A block larger than the reader's buffer, with bytes that look like record starts inside.
        byte[] big = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("line of a big page\r\nWARC/1.0\r\n\r\n", 12_000)));
        warc.AddResponse("http://b.example/big", WarcBuilder.Http(200, big, ("Content-Type", "text/html")));
        warc.Add("metadata", "fetchTimeMs: 12\r\n"u8.ToArray(), "http://b.example/big", contentType: "application/warc-fields");
        return warc;
    }

    private static void AssertSame(WarcBuilder expected, List<WarcRecord> records)
    {
        Assert.Equal(expected.Records.Count, records.Count);
        for (int i = 0; i < records.Count; i++)
        {
            WarcRecord r = records[i];
            Assert.Null(r.Error);
            Assert.Equal(i + 1, r.Number);
            byte[] raw = expected.Records[i];
            byte[] blank = Encoding.ASCII.GetBytes(expected.LineEnd + expected.LineEnd);
            int headerEnd = raw.AsSpan().IndexOf(blank) + blank.Length;
            int trailer = expected.LineEnd.Length * 2;
            Assert.Equal(raw[headerEnd..^trailer], r.Block.ToArray());
        }
    }

    [Theory]
    [InlineData("WARC/1.1", "\r\n")]
    [InlineData("WARC/1.0", "\r\n")]
    [InlineData("WARC/1.0", "\n")]
    public async Task A_plain_file_gives_every_record_with_its_fields_and_exact_block(string version, string lineEnd)
    {
        WarcBuilder warc = Sample(version, lineEnd);

        List<WarcRecord> records = await ReadAll(warc.Plain());

        AssertSame(warc, records);
        Assert.Equal(["warcinfo", "request", "response", "response", "metadata"], records.Select(r => r.Type));
        Assert.Equal(version, records[0].Version);
        Assert.Equal("http://a.example/", records[2].TargetUri);
        Assert.Equal("2024-05-03T10:00:00Z", records[2].Date);
        Assert.Equal("<urn:uuid:00000000-0000-4000-8000-000000000002>", records[2].RecordId);
        Assert.Equal(0, records[0].Offset);
        Assert.Equal(warc.Records[0].Length, records[1].Offset);
    }

    [Fact]
    public async Task Gzip_per_record_and_gzip_whole_give_the_same_records_as_the_plain_file()
    {
        WarcBuilder warc = Sample();

        AssertSame(warc, await ReadAll(warc.GzipPerRecord()));
        AssertSame(warc, await ReadAll(warc.GzipWhole()));
    }

    [Fact]
    public async Task Reads_of_a_few_bytes_at_a_time_give_the_same_records()
    {
        WarcBuilder warc = Sample();

        AssertSame(warc, await ReadAll(new TrickleStream(warc.GzipPerRecord(), 7)));
        AssertSame(warc, await ReadAll(new TrickleStream(warc.Plain(), 3)));
    }

    [Fact]
    public async Task Angle_brackets_around_the_target_uri_are_dropped_and_folded_header_lines_are_joined()
    {
        byte[] file = Encoding.ASCII.GetBytes(
            "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: <http://c.example/x>\r\nX-Note: first part\r\n  second part\r\nContent-Length: 2\r\n\r\nok\r\n\r\n");

        WarcRecord record = Assert.Single(await ReadAll(file));

        Assert.Null(record.Error);
        Assert.Equal("http://c.example/x", record.TargetUri);
        Assert.Equal("first part second part", record.Header("x-note"));
        Assert.Equal("ok"u8.ToArray(), record.Block.ToArray());
    }

    [Fact]
    public async Task A_file_cut_inside_a_block_gives_the_records_before_and_the_cut_record_with_an_error()
    {
        byte[] plain = Sample().Plain();
        byte[] cut = plain[..(plain.Length - 200)];

        List<WarcRecord> records = await ReadAll(cut);

        Assert.Equal(5, records.Count);
        Assert.All(records.Take(4), r => Assert.Null(r.Error));
        WarcRecord last = records[4];
        Assert.True(last.Damaged);
        Assert.Equal("metadata", last.Type);
        Assert.StartsWith("the data ends ", last.Error, StringComparison.Ordinal);
        Assert.Contains("a truncated file?", last.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gzip_file_cut_in_its_last_member_reports_the_cut_record()
    {
        byte[] gz = Sample().GzipPerRecord();

        List<WarcRecord> records = await ReadAll(gz[..^30]);

        Assert.All(records.Take(4), r => Assert.Null(r.Error));
        Assert.True(records[^1].Damaged);
    }

    [Fact]
    public async Task Bytes_between_records_are_passed_over_with_one_error_and_the_next_record_is_read()
    {
        WarcBuilder warc = Sample();
        var damaged = new WarcBuilder();
        damaged.AddRaw(warc.Records[0]).AddRaw("this is not a record\r\nnor is this\r\n"u8.ToArray());
        foreach (byte[] r in warc.Records.Skip(1)) damaged.AddRaw(r);

        List<WarcRecord> records = await ReadAll(damaged.Plain());

        Assert.Equal(6, records.Count);
        WarcRecord broken = records[1];
        Assert.True(broken.Damaged);
        Assert.Equal("no WARC record starts here; 35 bytes passed over", broken.Error);
        Assert.Equal(warc.Records[0].Length, broken.Offset);
        Assert.Equal(["warcinfo", null, "request", "response", "response", "metadata"], records.Select(r => r.Type));
    }

    [Fact]
    public async Task A_record_without_a_content_length_is_reported_and_the_next_record_is_read()
    {
        var warc = new WarcBuilder();
        warc.Add("resource", "first"u8.ToArray(), "http://d.example/1");
        warc.Add("resource", "no length here"u8.ToArray(), "http://d.example/2", contentLength: "");
        warc.Add("resource", "third"u8.ToArray(), "http://d.example/3");
        warc.Add("resource", "bad"u8.ToArray(), "http://d.example/4", contentLength: "12abc");
        warc.Add("resource", "fifth"u8.ToArray(), "http://d.example/5");

        List<WarcRecord> records = await ReadAll(warc.Plain());

        Assert.Equal(["first", "", "third", "", "fifth"], records.Select(r => Encoding.ASCII.GetString(r.Block.Span)));
        Assert.StartsWith("the record has no Content-Length; ", records[1].Error, StringComparison.Ordinal);
        Assert.Equal("http://d.example/2", records[1].TargetUri);
        Assert.StartsWith("the record has a Content-Length that is not a number (\"12abc\")", records[3].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_block_over_the_limit_is_skipped_unread_with_an_error_that_is_not_damage()
    {
        var warc = new WarcBuilder();
        warc.Add("resource", new byte[5000], "http://e.example/big");
        warc.Add("resource", "small"u8.ToArray(), "http://e.example/small");

        List<WarcRecord> records = await ReadAll(warc.Plain(), max: 1000);

        Assert.Equal("the record's block of 5000 bytes is over the limit of 1000 bytes", records[0].Error);
        Assert.False(records[0].Damaged);
        Assert.True(records[0].Block.IsEmpty);
        Assert.Null(records[1].Error);
        Assert.Equal("small"u8.ToArray(), records[1].Block.ToArray());
    }

    [Fact]
    public async Task A_corrupt_gzip_member_is_reported_and_the_records_after_it_are_read_once_each()
    {
        var warc = new WarcBuilder();
        for (int i = 0; i < 12; i++) warc.Add("resource", Encoding.ASCII.GetBytes($"record number {i} " + new string((char)('a' + i), 300 + (i * 97))), $"http://f.example/{i}");
        var members = warc.Records.Select(WarcBuilder.Gzip).ToList();
        // Damage the compressed data in the middle of member 5.
        byte[] bad = members[5].ToArray();
        for (int k = 20; k < 40; k++) bad[k] ^= 0x5A;
        members[5] = bad;

        List<WarcRecord> records = await ReadAll(members.SelectMany(m => m).ToArray());

        var sound = records.Where(r => r.Error is null).Select(r => r.TargetUri).ToList();
        Assert.Equal(Enumerable.Range(0, 12).Where(i => i != 5).Select(i => $"http://f.example/{i}"), sound);
        WarcRecord error = Assert.Single(records, r => r.Error is not null);
        Assert.True(error.Damaged);
        Assert.StartsWith("corrupt gzip data near compressed offset ", error.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_gzip_member_header_is_reported_and_the_records_after_it_are_read()
    {
        var warc = new WarcBuilder();
        for (int i = 0; i < 6; i++) warc.Add("resource", Encoding.ASCII.GetBytes(new string('k', 9000 + i)), $"http://g.example/{i}");
        var members = warc.Records.Select(WarcBuilder.Gzip).ToList();
        members[2] = [0x00, 0x00, .. members[2][2..]];

        List<WarcRecord> records = await ReadAll(members.SelectMany(m => m).ToArray());

        var sound = records.Where(r => r.Error is null).Select(r => r.TargetUri).ToList();
        Assert.Equal(["http://g.example/0", "http://g.example/1", "http://g.example/3", "http://g.example/4", "http://g.example/5"], sound);
        Assert.Contains(records, r => r.Damaged && r.Error!.Contains("gzip", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_empty_stream_has_no_records_and_a_stream_of_garbage_one_error()
    {
        Assert.Empty(await ReadAll([]));

        WarcRecord only = Assert.Single(await ReadAll("hello, this is not WARC\n"u8.ToArray()));
        Assert.True(only.Damaged);
    }

    [Fact]
    public async Task A_reader_can_be_read_only_once()
    {
        using var reader = new WarcReader(new MemoryStream(Sample().Plain()));
        await foreach (WarcRecord _ in reader.ReadAsync()) { }

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (WarcRecord _ in reader.ReadAsync()) { }
        });
    }
}
