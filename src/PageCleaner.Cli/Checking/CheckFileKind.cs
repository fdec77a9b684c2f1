namespace PageCleaner.Cli.Checking;

/// <summary>How a checked file is read.</summary>
internal enum CheckFileKind
{
    /// <summary>One page: HTML or a text dump, told apart from the bytes as <c>clean</c> does.</summary>
    Page,

    /// <summary>One JSON document per line with an <c>html</c> or <c>text</c> field (<c>.jsonl</c>, <c>.ndjson</c>).</summary>
    Jsonl,
}
