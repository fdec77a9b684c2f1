using System.Globalization;
using System.Text.RegularExpressions;
using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests.Check;

/// <summary>A finding line of <c>pagecleaner check</c> taken apart: <c>path:line: kind score "excerpt" hash=HASH</c>.</summary>
internal sealed partial record FindingLine(string Path, int Line, string Label, double Score, string Excerpt, string Hash)
{
    [GeneratedRegex("""^(?<path>.+?):(?<line>[0-9]+): (?<label>spam|boilerplate|obfuscated) (?<score>[01]\.[0-9]{2}) "(?<excerpt>(?:[^"\\]|\\.)*)" hash=(?<hash>[0-9a-f]{16})$""")]
    private static partial Regex Pattern();

    /// <summary>Every stdout line of the run, each of which must be a finding line.</summary>
    public static List<FindingLine> All(CliRun run)
    {
        var list = new List<FindingLine>();
        foreach (string line in run.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Match m = Pattern().Match(line);
            Assert.True(m.Success, $"not a finding line: {line}");
            list.Add(new FindingLine(
                m.Groups["path"].Value,
                int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture),
                m.Groups["label"].Value,
                double.Parse(m.Groups["score"].Value, CultureInfo.InvariantCulture),
                m.Groups["excerpt"].Value,
                m.Groups["hash"].Value));
        }
        return list;
    }
}
