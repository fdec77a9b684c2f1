using System.Globalization;
using System.Text;
using PageCleaner.Cli.Output;
using PageCleaner.Features;
using PageCleaner.Learning.Persistence;
using PageCleaner.Learning.Training;

namespace PageCleaner.Cli.Commands;

/// <summary>Runs <c>train</c>: reads labeled samples, separates the held-out part, fits, reports, writes the model.</summary>
internal static class TrainRunner
{
    public static int Run(TrainSettings settings, ConsoleStreams io, CancellationToken cancellation)
    {
        string target = io.Resolve(settings.Output);
        if (ExistingOutput.Refused(target, settings.Output, settings.Overwrite, io.Error)) return ExitCodes.SomeFailed;
        var files = SampleCatalog.Find(settings.Data.Select(io.Resolve), settings.HoldOut);
        files.AddRange(SampleCatalog.Find(settings.Validate.Select(io.Resolve), HoldOut.All));
        if (files.Count == 0)
        {
            io.Error.WriteLine($"pagecleaner: no labeled samples under {string.Join(", ", settings.Data)}");
            return ExitCodes.SomeFailed;
        }
        io.Error.WriteLine($"pagecleaner: reading {files.Count} sample files");
        var loaded = SampleReading.LoadAll(files, io.Error, cancellation);
        var training = loaded.Where(p => !p.HeldOut).Select(p => p.Page).ToList();
        var heldOut = loaded.Where(p => p.HeldOut).Select(p => p.Page).ToList();
        io.Error.WriteLine($"pagecleaner: {training.Count} training pages, {heldOut.Count} held-out pages");
        var trainer = new ModelTrainer(FeatureExtractor.Default);
        TrainingResult result = trainer.Train(training, heldOut, settings.Training, m => io.Error.WriteLine("pagecleaner: " + m));
        AtomicFile.Write(target, result.ModelBytes, replace: settings.Overwrite, cancellation);
        WriteReport(io.Output, result.Metadata, heldOut.Count);
        io.Error.WriteLine($"pagecleaner: wrote {target} ({result.ModelBytes.Length / 1024.0:0.0} KiB, schema {result.Metadata.SchemaFingerprint})");
        return loaded.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
    }

    private static void WriteReport(Stream output, ModelMetadata metadata, int heldOutPages)
    {
        var sb = new StringBuilder();
        if (heldOutPages == 0)
        {
            // A table of zeros would read as a model that gets everything wrong.
            sb.Append("held-out blocks: none (every sample was trained on; --validate names pages to score)\n");
        }
        else
        {
            sb.Append(CultureInfo.InvariantCulture, $"held-out blocks ({heldOutPages} pages):\n");
            sb.Append("label        precision  recall     f1  blocks\n");
            foreach (LabelScore s in metadata.HeldOutScores)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{s.Label,-12} {s.Precision,9:0.000} {s.Recall,7:0.000} {s.F1,6:0.000} {s.Support,7}\n");
            }
        }
        sb.Append("\ntop features (share of the second stage's split gain):\n");
        foreach (FeatureImportance f in metadata.TopFeatures) sb.Append(CultureInfo.InvariantCulture, $"{f.GainShare,7:0.000}  {f.Feature}\n");
        output.Write(Encoding.UTF8.GetBytes(sb.ToString()));
        output.Flush();
    }
}
