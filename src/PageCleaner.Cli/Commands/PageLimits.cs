namespace PageCleaner.Cli.Commands;

/// <summary>The per-page limits <c>clean</c> takes from its options, for pages and JSONL/WARC records alike.</summary>
/// <param name="MaxPageMegabytes">Pages larger than this are refused.</param>
/// <param name="MaxSecondsPerPage">A page taking longer is refused (0: no limit).</param>
/// <param name="MaxNestingDepth">See <see cref="CleanerOptions.MaxNestingDepth"/>.</param>
/// <param name="MaxBlockDepth">See <see cref="CleanerOptions.MaxBlockDepth"/>.</param>
internal sealed record PageLimits(double MaxPageMegabytes, double MaxSecondsPerPage, int MaxNestingDepth, int MaxBlockDepth)
{
    /// <summary><paramref name="options"/> with these limits.</summary>
    public CleanerOptions Apply(CleanerOptions options) => options with
    {
        MaxPageBytes = (long)(MaxPageMegabytes * 1024 * 1024),
        MaxTimePerPage = TimeSpan.FromSeconds(MaxSecondsPerPage),
        MaxNestingDepth = MaxNestingDepth,
        MaxBlockDepth = MaxBlockDepth,
    };
}
