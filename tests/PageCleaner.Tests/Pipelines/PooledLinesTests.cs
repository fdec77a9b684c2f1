using System.Text;
using PageCleaner.Pipelines;

namespace PageCleaner.Tests.Pipelines;

/// <summary>Lines and output lines in pooled arrays: given back once, and never read after by the pipeline.</summary>
public sealed class PooledLinesTests
{
    [Fact]
    public async Task Lines_given_back_to_the_pool_as_they_are_read_do_not_change_the_lines_read_after()
    {
        // Lines of many sizes (some across several read buffers), each returned as soon as it has been copied: a line
        // that shared its array with another, or was read after its return, would come out wrong.
        var random = new Random(7);
        string[] expected = [.. Enumerable.Range(0, 200).Select(i => new string((char)('a' + i % 26), random.Next(0, i % 10 == 0 ? 300_000 : 2_000)))];
        byte[] bytes = Encoding.UTF8.GetBytes(string.Join("\n", expected) + "\n");

        var read = new List<string>();
        await foreach (JsonlLine line in JsonlLineReader.ReadAsync(new TrickleStream(bytes, 50_000), 1 << 20))
        {
            read.Add(Encoding.UTF8.GetString(line.Bytes.Span));
            line.ReturnToPool();
            line.ReturnToPool(); // a second return is a no-op, not a double return
        }

        Assert.Equal(expected, read);
    }

    [Fact]
    public async Task Many_records_of_many_sizes_come_out_as_each_alone_whatever_the_parallelism()
    {
        var random = new Random(11);
        string[] records = [.. Enumerable.Range(0, 60).Select(i =>
            $"{{\"n\":{i},\"pad\":\"{new string('p', random.Next(0, i % 7 == 0 ? 200_000 : 3_000))}\",\"html\":\"<article><p>Record {i} has its own paragraph of text, long enough to be the article of this page.</p></article>\"}}")];
        string jsonl = string.Join("\n", records) + "\n";

        PipelineRun one = await PipelineRun.JsonlAsync(jsonl, new PipelineOptions { Parallelism = 1 });
        PipelineRun four = await PipelineRun.JsonlAsync(jsonl, new PipelineOptions { Parallelism = 4, MaxInFlight = 3 });

        Assert.Equal(one.Output, four.Output);
        for (int i = 0; i < records.Length; i++)
        {
            Assert.StartsWith(records[i][..^1] + ",", one.Lines[i], StringComparison.Ordinal);
            Assert.Contains($"Record {i} has its own paragraph", one.Json[i].GetProperty("clean_text").GetString(), StringComparison.Ordinal);
        }
    }
}
