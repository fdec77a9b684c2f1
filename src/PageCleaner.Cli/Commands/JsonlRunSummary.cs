using System.Globalization;
using PageCleaner.Pipelines;

namespace PageCleaner.Cli.Commands;

/// <summary>Counts for the one-line summary of <c>clean --jsonl</c>.</summary>
internal sealed class JsonlRunSummary
{
    public int Inputs { get; private set; }
    public int FailedInputs { get; private set; }
    public int SkippedInputs { get; private set; }
    public long Records { get; private set; }
    public long Cleaned { get; private set; }
    public long Errors { get; private set; }
    public long NotHtml { get; private set; }
    public long Spam { get; private set; }
    public long Damaged { get; private set; }

    public void AddFailed() => (Inputs, FailedInputs) = (Inputs + 1, FailedInputs + 1);

    public void AddSkipped() => (Inputs, SkippedInputs) = (Inputs + 1, SkippedInputs + 1);

    public void Add(PipelineSummary s)
    {
        Inputs++;
        Records += s.Records;
        Cleaned += s.Cleaned;
        Errors += s.Failed;
        NotHtml += s.Skipped;
        Spam += s.Spam;
        Damaged += s.StreamProblems;
    }

    public string Describe(TimeSpan elapsed, int missingInputs)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        string failed = missingInputs > 0 ? $"{FailedInputs} failed, {missingInputs} not found" : $"{FailedInputs} failed";
        string damaged = Damaged > 0 ? $" ({Damaged} of them damaged input)" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{Inputs} inputs, {failed}, {SkippedInputs} skipped (output exists); {Records} records: {Cleaned} cleaned, {Errors} with errors{damaged}, {NotHtml} skipped (not HTML), {Spam} with spam; {seconds:0.00} s, {Records / seconds:0.0} records/s");
    }
}
