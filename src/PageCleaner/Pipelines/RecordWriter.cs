namespace PageCleaner.Pipelines;

/// <summary>Writes a pipeline's output lines in order, reports its problems, and counts.</summary>
internal static class RecordWriter
{
    public static async Task<PipelineSummary> WriteAsync(string format, IAsyncEnumerable<RecordOutput> outputs, Stream output,
        Action<PipelineProblem>? problems, CancellationToken cancellationToken)
    {
        long records = 0, cleaned = 0, failed = 0, skipped = 0, spam = 0, damaged = 0;
        await foreach (RecordOutput record in outputs.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            records++;
            switch (record.Status)
            {
                case RecordStatus.Cleaned:
                    cleaned++;
                    if (record.Spam) spam++;
                    break;
                case RecordStatus.Failed:
                    failed++;
                    if (record.InStream) damaged++;
                    break;
                default:
                    skipped++;
                    break;
            }
            // Each line goes out in one write that is not interrupted: a cancellation takes effect between lines.
            try
            {
                if (!record.Line.IsEmpty) await output.WriteAsync(record.Line, CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                record.ReturnToPool();
            }
            if (record.Problem is not null) problems?.Invoke(new PipelineProblem(record.Where, record.Problem, record.InStream));
        }
        return new PipelineSummary
        {
            Format = format,
            Records = records,
            Cleaned = cleaned,
            Failed = failed,
            Skipped = skipped,
            Spam = spam,
            StreamProblems = damaged,
        };
    }
}
