using System.Text;
using FsCheck;
using FsCheck.Fluent;
using PageCleaner.Pipelines;

namespace PageCleaner.Tests.Pipelines;

/// <summary>Reading JSONL line by line from streams of any chunking.</summary>
public sealed class JsonlLineReaderTests
{
    private static async Task<List<JsonlLine>> ReadAll(Stream stream, long max = 1 << 20)
    {
        var lines = new List<JsonlLine>();
        await foreach (JsonlLine line in JsonlLineReader.ReadAsync(stream, max)) lines.Add(line);
        return lines;
    }

    private static string Text(JsonlLine line) => Encoding.UTF8.GetString(line.Bytes.Span);

    [Fact]
    public async Task Lines_end_at_LF_or_CRLF_a_bom_is_dropped_and_a_last_line_without_end_counts()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"a\":1}\r\n{\"b\":\"é\"}\n\n  \n{\"c\":3}")];

        List<JsonlLine> lines = await ReadAll(new MemoryStream(bytes));

        Assert.Equal(["{\"a\":1}", "{\"b\":\"é\"}", "", "  ", "{\"c\":3}"], lines.Select(Text));
        Assert.Equal([1L, 2, 3, 4, 5], lines.Select(l => l.Number));
        Assert.Equal([false, false, true, true, false], lines.Select(l => l.IsBlank));
    }

    [Fact]
    public async Task A_stream_ending_with_a_line_end_has_no_extra_empty_line()
    {
        List<JsonlLine> lines = await ReadAll(new MemoryStream("{}\n{}\n"u8.ToArray()));

        Assert.Equal(2, lines.Count);
    }

    [Fact]
    public async Task A_line_longer_than_the_limit_is_reported_and_the_next_line_is_read_whole()
    {
        string longLine = new('x', 200_000);
        string text = $"{{\"a\":1}}\n{longLine}\n{{\"b\":2}}\n{new string('y', 100)}\n";

        List<JsonlLine> lines = await ReadAll(new TrickleStream(Encoding.UTF8.GetBytes(text), 70_000), max: 100);

        Assert.Equal(4, lines.Count);
        Assert.False(lines[0].TooLong);
        Assert.True(lines[1].TooLong);
        Assert.True(lines[1].Bytes.IsEmpty);
        Assert.Equal("{\"b\":2}", Text(lines[2]));
        Assert.False(lines[3].TooLong); // exactly at the limit
        Assert.Equal(100, lines[3].Bytes.Length);
    }

    [Fact]
    public async Task A_line_of_exactly_the_limit_followed_by_CRLF_is_not_too_long()
    {
        List<JsonlLine> lines = await ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(new string('z', 50) + "\r\n" + new string('z', 51) + "\r\n")), max: 50);

        Assert.False(lines[0].TooLong);
        Assert.True(lines[1].TooLong);
    }

    [Fact]
    public async Task Reading_does_not_run_ahead_of_the_lines_taken_by_more_than_the_buffer()
    {
        // 10 MB of small lines: after the first line only the first buffer's worth may have been read.
        byte[] bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"k\":\"0123456789\"}\n", 500_000)));
        var stream = new TrickleStream(bytes, 1 << 20);

        await using IAsyncEnumerator<JsonlLine> lines = JsonlLineReader.ReadAsync(stream, 1 << 20).GetAsyncEnumerator();
        Assert.True(await lines.MoveNextAsync());

        Assert.InRange(stream.Given, 1, 64 * 1024);
    }

    [Fact]
    public void Any_lines_joined_with_LF_or_CRLF_and_read_in_any_pieces_come_back_as_they_were()
    {
        Gen<string> lineGen = Gen.Elements("{}", "{\"a\":\"é漢\"}", "x", " ", "", "{\"t\":\"" + new string('q', 70_000) + "\"}", "\t{ }");
        Prop.ForAll(
            Gen.ListOf(lineGen).Select(l => l.ToArray()).ToArbitrary(),
            Gen.Choose(1, 100_000).ToArbitrary(),
            Gen.Elements(true, false).ToArbitrary(),
            (string[] lines, int maxRead, bool crlf) =>
            {
                string text = string.Join(crlf ? "\r\n" : "\n", lines);
                var read = ReadAll(new TrickleStream(Encoding.UTF8.GetBytes(text), maxRead), 1 << 20).GetAwaiter().GetResult();
                // A trailing empty line is no line; so is the empty text.
                var expected = lines.ToList();
                if (expected.Count > 0 && expected[^1].Length == 0) expected.RemoveAt(expected.Count - 1);
                return read.Select(Text).SequenceEqual(expected) && read.Select(l => l.Number).SequenceEqual(Enumerable.Range(1, expected.Count).Select(i => (long)i));
            }).QuickCheckThrowOnFailure();
    }
}
