using System.Globalization;
using System.Text;
using PageCleaner.Learning.Evaluation;
using PageCleaner.Learning.Persistence;
using PageCleaner.Learning.Training;

namespace PageCleaner.Cli.Commands;

/// <summary>Runs <c>eval</c> and prints its report.</summary>
internal static class EvalRunner
{
    public static int Run(IReadOnlyList<string> data, string? modelPath, bool allSplits, float? contentThreshold, ConsoleStreams io, CancellationToken cancellation)
    {
        var files = SampleCatalog.Find(data.Select(io.Resolve)).Where(f => allSplits || f.Split != "train").ToList();
        if (files.Count == 0)
        {
            io.Error.WriteLine($"pagecleaner: no labeled samples under {string.Join(", ", data)}");
            return ExitCodes.SomeFailed;
        }
        var options = CleanerOptions.Default with { ContentThreshold = contentThreshold };
        Cleaner cleaner = modelPath is null ? Cleaner.CreateDefault(options) : Cleaner.FromModelFile(io.Resolve(modelPath), options);
        var loaded = SampleReading.LoadAll(files, io.Error, cancellation);
        var report = new EvaluationReport();
        var results = loaded.AsParallel().AsOrdered().WithCancellation(cancellation)
            .Select(l => (l.Page, Result: cleaner.Clean(l.Page.Page, l.Page.Source)));
        foreach (var (page, result) in results) Evaluator.Add(report, page, result);
        io.Output.Write(Encoding.UTF8.GetBytes(Format(report)));
        io.Output.Flush();
        return loaded.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
    }

    public static string Format(EvaluationReport report)
    {
        var sb = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        sb.Append(c, $"blocks ({report.PagesWithLabels} labeled pages, {report.Blocks.Total} labeled blocks):\n");
        sb.Append("label        precision  recall     f1  blocks\n");
        foreach (LabelScore s in report.Blocks.Scores())
        {
            sb.Append(c, $"{s.Label,-12} {s.Precision,9:0.000} {s.Recall,7:0.000} {s.F1,6:0.000} {s.Support,7}\n");
        }
        if (report.Pages.Count == 0) return sb.ToString();
        var (p, r, f) = report.Shingle4;
        sb.Append(c, $"\ntext ({report.Pages.Count} pages with expected text):\n");
        sb.Append(c, $"shingle4 F1 {f:0.000} (P {p:0.000}, R {r:0.000})   bow F1 {report.BagOfWordsF1:0.000}   char5 F1 {report.CharFiveF1:0.000}\n");
        sb.Append("\nworst pages (char5 F1, bow F1):\n");
        foreach (PageScore page in report.Worst(10)) sb.Append(c, $"{page.CharFiveF1,6:0.000} {page.BagOfWordsF1,6:0.000}  {page.Source}\n");
        return sb.ToString();
    }
}
