using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using PageCleaner.Features;
using PageCleaner.Learning.Lexical;

namespace PageCleaner.Learning.Persistence;

/// <summary>
/// The model file: a zip holding <c>metadata.json</c>, <c>lexical.bin</c> (the lexical model), <c>model.mlnet</c>
/// and <c>context.mlnet</c> (the first and second stage as ML.NET saves them), <c>third.mlnet</c> (the third stage,
/// for text dumps, when the model has one) and <c>compiled.bin</c> (the stages as plain trees, which is what cleaning
/// loads: no ML.NET start-up cost). Entries carry a fixed timestamp, so the same training run gives the same bytes.
/// </summary>
internal static class ModelFile
{
    private const string MetadataEntry = "metadata.json", LexicalEntry = "lexical.bin", FirstEntry = "model.mlnet", SecondEntry = "context.mlnet", ThirdEntry = "third.mlnet", CompiledEntry = "compiled.bin";
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Write(ModelPackage package)
    {
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(package.Metadata, ModelJsonContext.Default.ModelMetadata);
        using var file = new MemoryStream();
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            AddEntry(zip, MetadataEntry, json);
            AddEntry(zip, LexicalEntry, package.Lexical.Write());
            AddEntry(zip, FirstEntry, package.FirstStageMlNet);
            AddEntry(zip, SecondEntry, package.SecondStageMlNet);
            if (package.ThirdStageMlNet is not null) AddEntry(zip, ThirdEntry, package.ThirdStageMlNet);
            AddEntry(zip, CompiledEntry, CompiledStages.Write(package.FirstStage, package.SecondStage, package.ThirdStage));
        }
        return file.ToArray();
    }

    /// <summary>Saves a trained ML.NET stage in a repeatable form (entries in name order, fixed timestamps).</summary>
    public static byte[] Save(MlNetRowScorer scorer)
    {
        using var mlnet = new MemoryStream();
        var empty = scorer.Context.Data.LoadFromEnumerable(Array.Empty<MlNetRows.BlockRow>(), MlNetRows.InputSchema(scorer.Width));
        scorer.Context.Model.Save(scorer.Model, empty.Schema, mlnet);
        return Repack(mlnet.ToArray());
    }

    /// <summary>
    /// Reads a model for cleaning (<paramref name="origin"/> names it in errors), checking its format version and
    /// feature schema; the rest of the metadata is deserialized when first asked for (a
    /// <see cref="ModelFormatException"/> then if it cannot be). Cleaning runs the compiled trees: the ML.NET entries
    /// are read only when a file lacks them.
    /// </summary>
    public static (Lazy<ModelMetadata> Metadata, StackedBlockClassifier Classifier) ReadForCleaning(Stream stream, string origin, FeatureExtractor features)
    {
        var (metadata, lexical, _, _, _, first, second, third) = ReadParts(stream, origin, features, withMlNet: false);
        return (metadata, new StackedBlockClassifier(lexical, first, second, third, features.Schema));
    }

    /// <summary>
    /// Reads every part of a model file. The compiled trees are used as they are; a file without them (written by
    /// hand or by an older tool) has them made from its ML.NET models.
    /// </summary>
    public static ModelPackage ReadPackage(Stream stream, string origin, FeatureExtractor features)
    {
        var (metadata, lexical, firstMlNet, secondMlNet, thirdMlNet, first, second, third) = ReadParts(stream, origin, features, withMlNet: true);
        return new ModelPackage(metadata.Value, lexical, firstMlNet, secondMlNet, thirdMlNet, first, second, third);
    }

    // Without withMlNet, a file with compiled trees gives empty ML.NET parts (the entries must still be there). The
    // third stage's ML.NET entry and its compiled trees come together or not at all.
    private static (Lazy<ModelMetadata> Metadata, LexicalModel Lexical, byte[] FirstMlNet, byte[] SecondMlNet, byte[]? ThirdMlNet, CompiledRowScorer First, CompiledRowScorer Second, CompiledRowScorer? Third) ReadParts(
        Stream stream, string origin, FeatureExtractor features, bool withMlNet)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            byte[] json = ReadEntry(zip, MetadataEntry, origin);
            ModelMetadataHeader header = ModelMetadataHeader.Read(json) ?? throw new ModelFormatException($"{origin}: metadata.json is empty");
            if (header.FormatVersion != ModelMetadata.CurrentFormatVersion)
                throw new ModelFormatException($"{origin}: model format version {header.FormatVersion}, this PageCleaner reads version {ModelMetadata.CurrentFormatVersion}");
            FeatureSchema expected = features.StackedSchema;
            if (header.SchemaFingerprint != expected.Fingerprint || header.FeatureCount != expected.Count)
            {
                throw new ModelFormatException(
                    $"{origin}: the model was trained with feature schema {header.SchemaFingerprint} ({header.FeatureCount} features), " +
                    $"this PageCleaner computes schema {expected.Fingerprint} ({expected.Count} features); retrain it with 'pagecleaner train'");
            }
            var metadata = new Lazy<ModelMetadata>(() => Deserialize(json, origin), LazyThreadSafetyMode.ExecutionAndPublication);
            LexicalModel lexical = LexicalModel.Read(ReadEntry(zip, LexicalEntry, origin));
            bool compiled = zip.GetEntry(CompiledEntry) is not null, hasThird = zip.GetEntry(ThirdEntry) is not null;
            byte[] first = [], second = [];
            byte[]? third = hasThird ? [] : null;
            if (withMlNet || !compiled)
            {
                first = ReadEntry(zip, FirstEntry, origin);
                second = ReadEntry(zip, SecondEntry, origin);
                if (hasThird) third = ReadEntry(zip, ThirdEntry, origin);
            }
            else
            {
                RequireEntry(zip, FirstEntry, origin);
                RequireEntry(zip, SecondEntry, origin);
            }
            var (firstStage, secondStage, thirdStage) = compiled
                ? CompiledStages.Read(ReadEntry(zip, CompiledEntry, origin), features.FirstStageSchema.Count, expected.Count)
                : Compile(metadata.Value, first, second, third, features, origin);
            if (hasThird != thirdStage is not null)
                throw new ModelFormatException($"{origin}: not a PageCleaner model file ({ThirdEntry} and the compiled third stage do not come together)");
            return (metadata, lexical, first, second, third, firstStage, secondStage, thirdStage);
        }
        // The JSON reader throws InvalidOperationException for strings it cannot make (half a surrogate pair).
        catch (Exception e) when (e is InvalidDataException or JsonException or EndOfStreamException or InvalidOperationException)
        {
            throw new ModelFormatException($"{origin}: not a PageCleaner model file ({e.Message})", e);
        }
    }

    private static ModelMetadata Deserialize(byte[] json, string origin)
    {
        try
        {
            return JsonSerializer.Deserialize(json, ModelJsonContext.Default.ModelMetadata) ?? throw new ModelFormatException($"{origin}: metadata.json is empty");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new ModelFormatException($"{origin}: not a PageCleaner model file ({e.Message})", e);
        }
    }

    private static (CompiledRowScorer, CompiledRowScorer, CompiledRowScorer?) Compile(ModelMetadata metadata, byte[] first, byte[] second, byte[]? third, FeatureExtractor features, string origin)
    {
        var context = new MLContext(seed: metadata.Seed);
        CompiledRowScorer Stage(byte[] bytes, int width) =>
            LoadMlNet(context, bytes, width, origin).Compile() ?? throw new ModelFormatException($"{origin}: the ML.NET model is not a LightGBM multiclass tree ensemble");
        int stacked = features.StackedSchema.Count;
        return (Stage(first, features.FirstStageSchema.Count), Stage(second, stacked), third is null ? null : Stage(third, stacked));
    }

    /// <summary>Loads one stage's ML.NET model (training-side checks and models without compiled trees).</summary>
    public static MlNetRowScorer LoadMlNet(MLContext context, byte[] bytes, int width, string origin)
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

    private static ZipArchiveEntry RequireEntry(ZipArchive zip, string name, string origin) =>
        zip.GetEntry(name) ?? throw new ModelFormatException($"{origin}: not a PageCleaner model file (no {name})");

    private static byte[] ReadEntry(ZipArchive zip, string name, string origin)
    {
        ZipArchiveEntry entry = RequireEntry(zip, name, origin);
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
