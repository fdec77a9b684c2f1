using System.Text;
using System.Text.Json;
using PageCleaner.Pipelines;

namespace PageCleaner.Tests.Pipelines;

/// <summary>Runs a stream through a <see cref="StreamingCleaner"/> in memory and keeps what came out.</summary>
internal sealed record PipelineRun(PipelineSummary Summary, byte[] Output, List<PipelineProblem> Problems)
{
    /// <summary>The model is loaded once for all pipeline tests.</summary>
    public static readonly Cleaner Cleaner = Cleaner.CreateDefault();

    public static async Task<PipelineRun> JsonlAsync(string jsonl, PipelineOptions? options = null) =>
        await JsonlAsync(Encoding.UTF8.GetBytes(jsonl), options);

    public static async Task<PipelineRun> JsonlAsync(byte[] jsonl, PipelineOptions? options = null)
    {
        var problems = new List<PipelineProblem>();
        using var output = new MemoryStream();
        PipelineSummary summary = await new StreamingCleaner(Cleaner, options).CleanJsonlAsync(new MemoryStream(jsonl), output, problems.Add);
        return new PipelineRun(summary, output.ToArray(), problems);
    }

    public static async Task<PipelineRun> RecordsAsync(byte[] input, PipelineOptions? options = null)
    {
        var problems = new List<PipelineProblem>();
        using var output = new MemoryStream();
        PipelineSummary summary = await new StreamingCleaner(Cleaner, options).CleanRecordsAsync(new MemoryStream(input), output, problems.Add);
        return new PipelineRun(summary, output.ToArray(), problems);
    }

    public string Text => Encoding.UTF8.GetString(Output);

    /// <summary>The output lines (each ended by LF; the text ends with one).</summary>
    public string[] Lines
    {
        get
        {
            Assert.True(Output.Length == 0 || Output[^1] == (byte)'\n', "the output must end with a whole line");
            return Text.Length == 0 ? [] : Text[..^1].Split('\n');
        }
    }

    public List<JsonElement> Json => Lines.Select(l =>
    {
        using var doc = JsonDocument.Parse(l);
        return doc.RootElement.Clone();
    }).ToList();

    /// <summary>The member names of an output line, in order.</summary>
    public static List<string> Names(JsonElement record) => record.EnumerateObject().Select(p => p.Name).ToList();
}
