using PageCleaner.SpamInjection.Augmentation;
using PageCleaner.SpamInjection.Evaluation;

namespace PageCleaner.SpamInjection;

/// <summary>Runs <c>augment</c>: training pages with the train half of the spam texts injected and labeled.</summary>
internal static class AugmentCommand
{
    public static int Run(AugmentArguments a)
    {
        List<DevPage> pages = DevSet.Read(a.DevData, "train");
        var (written, dumps) = TrainingSetWriter.Write(pages, a.Output, a.VariantsPerPage, a.Seed);
        string html = Path.Combine(a.Output, "html"), dumpFolder = Path.Combine(a.Output, "dumps");
        Console.Error.WriteLine($"spam-injection: wrote {written} injected HTML pages to {html} and {dumps} labeled dumps to {dumpFolder} (train with: --data ... {html} {dumpFolder})");
        return 0;
    }
}
