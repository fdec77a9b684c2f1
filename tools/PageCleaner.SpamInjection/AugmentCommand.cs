using PageCleaner.SpamInjection.Augmentation;
using PageCleaner.SpamInjection.Evaluation;

namespace PageCleaner.SpamInjection;

/// <summary>Runs <c>augment</c>: training pages with the train half of the spam texts injected and labeled.</summary>
internal static class AugmentCommand
{
    public static int Run(AugmentArguments a)
    {
        List<DevPage> pages = DevSet.Read(a.DevData, "train");
        int written = TrainingSetWriter.Write(pages, a.Output, a.VariantsPerPage, a.Seed);
        Console.Error.WriteLine($"spam-injection: wrote {written} injected training pages to {a.Output} (train it as: --data ... {a.Output})");
        return 0;
    }
}
