using PageCleaner.Learning.Training;
using PageCleaner.Segmentation;

namespace PageCleaner.Learning.Evaluation;

/// <summary>Cleans labeled samples with a cleaner and scores the outcome at block and text level.</summary>
internal static class Evaluator
{
    public static EvaluationReport Evaluate(Cleaner cleaner, IEnumerable<LabeledPage> pages)
    {
        var report = new EvaluationReport();
        foreach (LabeledPage page in pages) Add(report, page, cleaner.Clean(page.Page, page.Source));
        return report;
    }

    public static void Add(EvaluationReport report, LabeledPage page, CleanResult result)
    {
        bool labeled = false;
        for (int i = 0; i < result.Blocks.Count; i++)
        {
            Block block = page.Page.Blocks[i];
            if (block.Annotation is not BlockLabel truth) continue;
            labeled = true;
            report.Blocks.Add(truth, result.Blocks[i].Label);
        }
        if (labeled) report.PagesWithLabels++;
        if (page.ExpectedText is not string expected) return;
        report.Pages.Add(new PageScore(
            page.Source,
            TextMetrics.Shingles(expected, result.Text),
            TextMetrics.BagOfWords(expected, result.Text).F1,
            TextMetrics.CharFiveGrams(expected, result.Text).F1));
    }
}
