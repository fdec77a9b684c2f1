using System.Globalization;
using System.Text.RegularExpressions;
using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests;

/// <summary><c>pagecleaner bench DIR</c> reports every stage's rate, the parse-only reference and peak memory.</summary>
public sealed class BenchCommandTests
{
    [Fact]
    public async Task Every_stage_gets_a_positive_rate_and_the_report_names_the_reference_and_memory()
    {
        using var temp = new TempFolder();
        for (int i = 0; i < 3; i++)
        {
            temp.WriteText($"pages/p{i}.html", $"<html><body><nav><a href='/'>Home</a></nav><h1>Report {i}</h1><p>The harbour ferry ran {i} extra trips on Sunday.</p></body></html>");
        }
        CliRun run = await Tool.RunAsync(temp.Root, "bench", "pages", "--passes", "1");
        Assert.Equal(0, run.ExitCode);
        foreach (string stage in new[] { "decode", "parse only (HtmlAgilityPack)", "parse (our parser)", "load (decode+parse)", "segment", "features", "classify", "end to end, 1 thread" })
        {
            Match m = Regex.Match(run.StdoutText, "^" + Regex.Escape(stage) + @"\s+([0-9.]+)\s+([0-9.]+)$", RegexOptions.Multiline);
            Assert.True(m.Success, $"no row for {stage} in:\n{run.StdoutText}");
            Assert.True(double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) > 0, stage);
        }
        Assert.Matches(@"3 pages, [0-9.]+ MB, median of 1 passes", run.StdoutText);
        Assert.Matches(@"end to end / parse only: [0-9.]+; scaling on \d+ threads: [0-9.]+x \(the same stream of pages on 1 thread: [0-9.]+ pages/s\)", run.StdoutText);
        Assert.Matches(@"model load \+ first page: \d+ ms", run.StdoutText);
        Assert.Matches(@"peak working set while cleaning on \d+ threads: [1-9]\d* MB", run.StdoutText);
    }

    [Fact]
    public async Task A_folder_without_pages_fails_with_one_line()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Root, "empty"));
        CliRun run = await Tool.RunAsync(temp.Root, "bench", "empty");
        Assert.Equal(1, run.ExitCode);
        run.AssertNoStackTrace();
        Assert.Single(run.ErrorLines);
    }
}
