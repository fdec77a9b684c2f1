using System.Text;
using PageCleaner.Documents;
using PageCleaner.Learning.Persistence;
using PageCleaner.SpamInjection.Evaluation;

namespace PageCleaner.SpamInjection;

/// <summary>Runs <c>evaluate</c>: injects the eval half of the spam texts into development pages and reports.</summary>
internal static class EvaluateCommand
{
    public static int Run(EvaluateArguments a)
    {
        List<DevPage> pages = DevSet.Read(a.DevData, a.Split);
        CleanerOptions options = CleanerOptions.Default with { SpamThreshold = a.SpamThreshold };
        Cleaner html = a.Model is null ? Cleaner.CreateDefault(options) : Cleaner.FromModelFile(a.Model, options);
        Cleaner dumps = a.Model is null
            ? Cleaner.CreateDefault(options with { Input = InputKind.Text })
            : Cleaner.FromModelFile(a.Model, options with { Input = InputKind.Text });
        var evaluator = new InjectionEvaluator(html, dumps, a.Seed);
        var started = DateTime.UtcNow;
        List<PageOutcome> outcomes = evaluator.Run(pages, a.CasesPerCell, a.Threads, done =>
        {
            if (done % 25 == 0 || done == pages.Count) Console.Error.WriteLine($"spam-injection: {done}/{pages.Count} pages ({(DateTime.UtcNow - started).TotalSeconds:0}s)");
        });
        foreach (PageOutcome o in outcomes.Where(o => o.Error is not null)) Console.Error.WriteLine($"spam-injection: {o.Page.PagePath}: {o.Error}");
        List<SeedOutcome> seeds = a.Seeds is not null && Directory.Exists(a.Seeds) ? SeedCheck.Run(html, a.Seeds) : [];
        string model = a.Model is null ? "built-in model" : $"model {Path.GetFileName(a.Model)}";
        string report = InjectionReport.Write($"{model}, spam threshold {a.SpamThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}, {a.Split} split, injection seed {a.Seed}", outcomes, seeds);
        Console.Out.Write(report);
        if (a.Output is not null) File.WriteAllText(a.Output, report, new UTF8Encoding(false));
        return 0;
    }
}
