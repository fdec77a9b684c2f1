namespace PageCleaner.Pipelines;

/// <summary>How a record came out of a pipeline.</summary>
internal enum RecordStatus
{
    Cleaned,
    Failed,
    Skipped,
}
