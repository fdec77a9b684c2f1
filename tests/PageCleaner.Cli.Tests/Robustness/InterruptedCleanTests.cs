using System.Diagnostics;
using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests.Robustness;

/// <summary>
/// Ctrl-C (SIGINT) or SIGTERM in the middle of <c>clean -o</c>, sent to the real tool as a separate process: the run
/// stops with a non-zero exit code, leaves only whole result files (no temporary or partial ones), and running it
/// again finishes the job.
/// </summary>
public sealed class InterruptedCleanTests
{
    private const int Pages = 1500;

    // SIGINT is what Ctrl-C in a terminal sends, SIGTERM what a service manager or `timeout` sends.
    private static void Interrupt(Process process, string signal)
    {
        using Process kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    private static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PageCleaner.Cli.dll"));
        foreach (string a in args) start.ArgumentList.Add(a);
        return Process.Start(start)!;
    }

    private static (int ExitCode, string Stderr) WaitFor(Process process)
    {
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("pagecleaner did not exit within 5 minutes");
        }
        process.WaitForExit();
        stdout.Wait();
        return (process.ExitCode, stderr.Result);
    }

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void Ctrl_c_leaves_only_whole_results_and_a_second_run_completes_the_job(string signal)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return; // signals are sent with POSIX kill
        // A test run started in the background of a non-interactive shell (`cmd &`) ignores SIGINT, and so does every
        // process it starts, the tool included, as a background job should: Ctrl-C cannot reach it there.
        if (signal == "INT" && IgnoresSigint()) return;
        using var temp = new TempFolder();
        byte[] page = LongerPage(TestPages.Fixture("article.html"));
        for (int i = 0; i < Pages; i++) temp.WriteBytes($"in/p{i:D4}.html", page);
        string expected = temp.ReadText(CleanOnce(temp, page));

        using (Process run = Start(temp.Root, "clean", "in", "-o", "out", "--threads", "1"))
        {
            // Interrupt once the run is well under way: some results written, most still to come.
            var clock = Stopwatch.StartNew();
            while (ResultCount(temp) < 5 && !run.HasExited && clock.Elapsed < TimeSpan.FromMinutes(3)) Thread.Sleep(20);
            Assert.False(run.HasExited, "the run ended before it could be interrupted");
            Interrupt(run, signal);
            var (exitCode, stderr) = WaitFor(run);

            Assert.Equal(130, exitCode); // the shell's code for a command ended by SIGINT; the tool gives it for SIGTERM too
            Assert.Contains("pagecleaner: cancelled", stderr, StringComparison.Ordinal);
        }
        List<string> written = temp.FilesUnder("out");
        Assert.All(written, f => Assert.EndsWith(".txt", f, StringComparison.Ordinal)); // no temporary files
        Assert.InRange(written.Count, 1, Pages - 1);
        Assert.All(written, f => Assert.Equal(expected, temp.ReadText("out/" + f))); // each one whole

        using (Process rerun = Start(temp.Root, "clean", "in", "-o", "out"))
        {
            var (exitCode, stderr) = WaitFor(rerun);
            Assert.True(exitCode == 0, stderr);
            Assert.Contains($"{written.Count} skipped (output exists)", stderr, StringComparison.Ordinal);
        }
        List<string> all = temp.FilesUnder("out");
        Assert.Equal(Pages, all.Count);
        Assert.All(all, f => Assert.Equal(expected, temp.ReadText("out/" + f)));
    }

    // Linux lists the signals a process ignores as a hexadecimal mask in /proc/self/status; SIGINT (2) is bit 1.
    private static bool IgnoresSigint()
    {
        if (!File.Exists("/proc/self/status")) return false;
        string? line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & 0b10) != 0;
    }

    private static int ResultCount(TempFolder temp) =>
        Directory.Exists(temp.PathOf("out")) ? Directory.GetFiles(temp.PathOf("out"), "*.txt").Length : 0;

    // The fixture with forty more paragraphs before </body>: each page then takes long enough that the run cannot
    // finish all of them between the check that it is still running and the moment the signal lands, however fast
    // cleaning gets (on a busy machine starting the kill process alone can take a few hundred milliseconds).
    private static byte[] LongerPage(byte[] fixture)
    {
        string html = System.Text.Encoding.UTF8.GetString(fixture);
        string more = string.Concat(Enumerable.Range(1, 40).Select(i =>
            $"<p>Paragraph {i} of the longer report on the harbour works, with enough words to read as article text.</p>"));
        int end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        Assert.True(end > 0, "the fixture has a </body>");
        return System.Text.Encoding.UTF8.GetBytes(html.Insert(end, more));
    }

    // The result of the page cleaned on its own, in-process; returns its path in the temp folder.
    private static string CleanOnce(TempFolder temp, byte[] page)
    {
        temp.WriteBytes("reference/page.html", page);
        CliRun run = Tool.RunAsync(temp.Root, "clean", "reference/page.html", "-o", "reference-out").GetAwaiter().GetResult();
        Assert.Equal(0, run.ExitCode);
        return "reference-out/page.txt";
    }
}
