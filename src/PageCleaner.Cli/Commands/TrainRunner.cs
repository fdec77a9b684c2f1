using System.Globalization;
using System.Text;
using PageCleaner.Cli.Output;
using PageCleaner.Features;
using PageCleaner.Learning.Persistence;
using PageCleaner.Learning.Training;

namespace PageCleaner.Cli.Commands;

/// <summary>Runs <c>train</c>: reads labeled pages, splits off the held-out part, fits, reports, writes the model.</summary>
internal static class TrainRunner
{
    public static int Run(IReadOnlyList<string> data, string output, int seed, ConsoleStreams io, CancellationToken cancellation)
    {
        var files = LabeledPageReader.Find(data.Select(io.Resolve));
        if (files.Count == 0)
        {
            io.Error.WriteLine($"pagecleaner: no labeled pages (*.html, *.htm, *{LabeledTextDump.Extension}) under {string.Join(", ", data)}");
            return ExitCodes.SomeFailed;
        }
        var training = new List<LabeledPage>();
        var heldOut = new List<LabeledPage>();
        int failed = 0;
        foreach (var (full, relative) in files)
        {
            cancellation.ThrowIfCancellationRequested();
            try
            {
                LabeledPage page = LabeledPageReader.Read(full, relative, CleanerOptions.Default);
                (HeldOutSplit.IsHeldOut(relative) ? heldOut : training).Add(page);
            }
            catch (PageCleanerException e)
            {
                failed++;
                io.Error.WriteLine($"pagecleaner: {relative}: {e.Message}");
            }
        }
        io.Error.WriteLine($"pagecleaner: {training.Count} training pages, {heldOut.Count} held-out pages");
        var trainer = new ModelTrainer(FeatureExtractor.Default);
        TrainingResult result = trainer.Train(training, heldOut, new TrainingOptions { Seed = seed }, m => io.Error.WriteLine("pagecleaner: " + m));
        string target = io.Resolve(output);
        AtomicFile.Write(target, result.ModelBytes);
        WriteReport(io.Output, result.Metadata, heldOut.Count);
        io.Error.WriteLine($"pagecleaner: wrote {target} ({result.ModelBytes.Length / 1024.0:0.0} KiB, schema {result.Metadata.SchemaFingerprint})");
        return failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
    }

    private static void WriteReport(Stream output, ModelMetadata metadata, int heldOutPages)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"held-out blocks ({heldOutPages} pages):\n");
        sb.Append("label        precision  recall     f1  blocks\n");
        foreach (LabelScore s in metadata.HeldOutScores)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{s.Label,-12} {s.Precision,9:0.000} {s.Recall,7:0.000} {s.F1,6:0.000} {s.Support,7}\n");
        }
        output.Write(Encoding.UTF8.GetBytes(sb.ToString()));
        output.Flush();
    }
}
