using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using PageCleaner.Features;

namespace PageCleaner.Learning.Persistence;

/// <summary>
/// The model file: a zip holding <c>metadata.json</c>, <c>model.mlnet</c> (the first-stage ML.NET model) and
/// <c>context.mlnet</c> (the second stage). Entries carry a fixed timestamp, so the same training run gives the
/// same bytes.
/// </summary>
internal static class ModelFile
{
    private const string MetadataEntry = "metadata.json", FirstEntry = "model.mlnet", SecondEntry = "context.mlnet";
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Write(ModelMetadata metadata, StackedBlockClassifier classifier)
    {
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(metadata, ModelJsonContext.Default.ModelMetadata);
        using var file = new MemoryStream();
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            AddEntry(zip, MetadataEntry, json);
            AddEntry(zip, FirstEntry, Save(classifier.First));
            AddEntry(zip, SecondEntry, Save(classifier.Second));
        }
        return file.ToArray();
    }

    /// <summary>Reads a model; <paramref name="origin"/> names it in errors.</summary>
    public static (ModelMetadata Metadata, StackedBlockClassifier Classifier) Read(Stream stream, string origin, FeatureExtractor features)
    {
        ModelMetadata metadata;
        byte[] first, second;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            metadata = JsonSerializer.Deserialize(ReadEntry(zip, MetadataEntry, origin), ModelJsonContext.Default.ModelMetadata)
                ?? throw new ModelFormatException($"{origin}: metadata.json is empty");
            if (metadata.FormatVersion != ModelMetadata.CurrentFormatVersion)
                throw new ModelFormatException($"{origin}: model format version {metadata.FormatVersion}, this PageCleaner reads version {ModelMetadata.CurrentFormatVersion}");
            first = ReadEntry(zip, FirstEntry, origin);
            second = ReadEntry(zip, SecondEntry, origin);
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or EndOfStreamException)
        {
            throw new ModelFormatException($"{origin}: not a PageCleaner model file ({e.Message})", e);
        }
        FeatureSchema expected = features.StackedSchema;
        if (metadata.SchemaFingerprint != expected.Fingerprint || metadata.Features.Count != expected.Count)
        {
            throw new ModelFormatException(
                $"{origin}: the model was trained with feature schema {metadata.SchemaFingerprint} ({metadata.Features.Count} features), " +
                $"this PageCleaner computes schema {expected.Fingerprint} ({expected.Count} features); retrain it with 'pagecleaner train'");
        }
        var context = new MLContext(seed: metadata.Seed);
        var classifier = new StackedBlockClassifier(
            Load(context, first, features.Schema.Count, origin),
            Load(context, second, expected.Count, origin),
            features.Schema);
        return (metadata, classifier);
    }

    private static MlNetRowScorer Load(MLContext context, byte[] bytes, int width, string origin)
    {
        try
        {
            using var ms = new MemoryStream(bytes);
            return new MlNetRowScorer(context, context.Model.Load(ms, out _), width);
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidDataException or FormatException or ArgumentException)
        {
            throw new ModelFormatException($"{origin}: the ML.NET model inside cannot be loaded ({e.Message})", e);
        }
    }

    private static byte[] Save(MlNetRowScorer scorer)
    {
        using var mlnet = new MemoryStream();
        var empty = scorer.Context.Data.LoadFromEnumerable(Array.Empty<MlNetRows.BlockRow>(), MlNetRows.InputSchema(scorer.Width));
        scorer.Context.Model.Save(scorer.Model, empty.Schema, mlnet);
        return Repack(mlnet.ToArray());
    }

    private static byte[] ReadEntry(ZipArchive zip, string name, string origin)
    {
        ZipArchiveEntry entry = zip.GetEntry(name) ?? throw new ModelFormatException($"{origin}: not a PageCleaner model file (no {name})");
        using Stream s = entry.Open();
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }

    private static void AddEntry(ZipArchive zip, string name, byte[] content)
    {
        ZipArchiveEntry entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTime;
        using Stream s = entry.Open();
        s.Write(content);
    }

    // ML.NET stamps its zip entries with the current time; copy them in name order with a fixed time.
    private static byte[] Repack(byte[] zipBytes)
    {
        using var source = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read);
        using var target = new MemoryStream();
        using (var zip = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (ZipArchiveEntry e in source.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                using Stream s = e.Open();
                using var ms = new MemoryStream();
                s.CopyTo(ms);
                AddEntry(zip, e.FullName, ms.ToArray());
            }
        }
        return target.ToArray();
    }
}
