using System.Text;
using System.Text.Json;

namespace PageCleaner.Cli.Tests.Support;

/// <summary>What one in-process run of <c>pagecleaner</c> produced.</summary>
internal sealed record CliRun(int ExitCode, byte[] Stdout, string Stderr)
{
    public string StdoutText => Encoding.UTF8.GetString(Stdout);

    /// <summary>The non-empty lines written to stderr.</summary>
    public IReadOnlyList<string> ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

    /// <summary>The last stderr line of <c>clean</c>: "pagecleaner: N pages, ...".</summary>
    public string Summary => ErrorLines.Count > 0 ? ErrorLines[^1] : "";

    /// <summary>The stderr lines before the summary: one per input that failed.</summary>
    public IReadOnlyList<string> ProblemLines => ErrorLines.Count > 0 ? ErrorLines.Take(ErrorLines.Count - 1).ToList() : [];

    /// <summary>Each stdout line parsed as a JSON object (for --format json).</summary>
    public List<JsonElement> JsonLines()
    {
        var list = new List<JsonElement>();
        foreach (string line in StdoutText.Split('\n'))
        {
            if (line.Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            list.Add(doc.RootElement.Clone());
        }
        return list;
    }

    /// <summary>Fails when stderr looks like it holds a .NET stack trace.</summary>
    public void AssertNoStackTrace()
    {
        Assert.DoesNotContain("   at ", Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", Stderr, StringComparison.Ordinal);
    }

    public override string ToString() => $"exit {ExitCode}\n--- stderr ---\n{Stderr}\n--- stdout ---\n{StdoutText}";
}
