using System.Text;
using PageCleaner.Cli.Checking;

namespace PageCleaner.Cli.Tests.Check;

/// <summary>Streaming JSONL lines: numbering, CRLF, a byte order mark, a missing last newline, over-long lines.</summary>
public sealed class JsonlLineReaderTests
{
    [Fact]
    public void Lines_are_numbered_and_cr_and_bom_dropped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"a\":1}\r\n\n{\"b\":2}")];

        List<(int, string?)> lines = ReadAll(bytes, 1000);

        Assert.Equal([(1, "{\"a\":1}"), (2, ""), (3, "{\"b\":2}")], lines);
    }

    [Fact]
    public void A_line_over_the_limit_is_null_and_the_next_line_is_read()
    {
        string longLine = new('x', 200_000); // longer than the reader's buffer too
        byte[] bytes = Encoding.UTF8.GetBytes("short\n" + longLine + "\nafter\n");

        List<(int, string?)> lines = ReadAll(bytes, 100_000);

        Assert.Equal([(1, "short"), (2, null), (3, "after")], lines);
        Assert.Equal(longLine, ReadAll(bytes, 300_000)[1].Item2);
    }

    [Fact]
    public void An_empty_stream_has_no_lines() => Assert.Empty(ReadAll([], 10));

    private static List<(int, string?)> ReadAll(byte[] bytes, long limit)
    {
        var reader = new JsonlLineReader(new MemoryStream(bytes), limit);
        var lines = new List<(int, string?)>();
        while (reader.TryRead(out byte[]? line)) lines.Add((reader.LineNumber, line is null ? null : Encoding.UTF8.GetString(line)));
        return lines;
    }
}
