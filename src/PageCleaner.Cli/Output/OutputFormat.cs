namespace PageCleaner.Cli.Output;

/// <summary>What <c>clean</c> writes for each page.</summary>
internal enum OutputFormat
{
    Text,
    Markdown,
    Json,
}
