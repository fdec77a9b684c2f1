using PageCleaner.Pipelines;

namespace PageCleaner.Cli.Commands;

/// <summary>
/// Prints an input's problems on stderr as <c>pagecleaner: NAME:LINE: problem</c> (JSONL) or
/// <c>pagecleaner: NAME: record N at offset X: problem</c> (WARC), the first few of them: every one is also in the
/// output, as the record's <c>error</c> field, so a stream with many bad records does not flood the terminal.
/// </summary>
internal sealed class ProblemReporter
{
    private readonly TextWriter _error;
    private readonly string _name;
    private readonly int _shown;
    private long _count;

    public ProblemReporter(TextWriter error, string name, int shown)
    {
        _error = error;
        _name = name;
        _shown = shown;
    }

    public void Report(PipelineProblem problem)
    {
        if (++_count > _shown) return;
        string place = problem.Where.Length > 0 && char.IsAsciiDigit(problem.Where[0]) ? $"{_name}:{problem.Where}" : $"{_name}: {problem.Where}";
        _error.WriteLine($"pagecleaner: {place}: {problem.Message}");
    }

    public void Finish()
    {
        if (_count > _shown) _error.WriteLine($"pagecleaner: {_name}: {_count - _shown} more problems not shown (each is in its output line's error field)");
    }
}
