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
        string html = Path.Combine(a.Output, "html"), dumpFolder = Path.Combine(a.Output, "dumps"), plainFolder = Path.Combine(a.Output, "plain-dumps");
        Console.Error.WriteLine($"spam-injection: wrote {written} injected HTML pages to {html} and {dumps} labeled dumps to {dumpFolder} (with spam lines) and {plainFolder} (without) (train with: --data ... {html} {dumpFolder} {plainFolder})");
        return 0;
    }
}
