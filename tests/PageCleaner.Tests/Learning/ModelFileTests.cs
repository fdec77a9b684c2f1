using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.ML;
using PageCleaner.Features;
using PageCleaner.Learning;
using PageCleaner.Learning.Persistence;
using PageCleaner.Learning.Training;

namespace PageCleaner.Tests.Learning;

public sealed class ModelFileTests
{
    private const string Origin = "models/test.pcmodel";
    // Model files name the second-stage schema (the block features followed by the context features).
    private static readonly FeatureSchema Schema = FeatureExtractor.Default.StackedSchema;
    private static readonly Lazy<TrainingResult> Trained = new(() =>
        new ModelTrainer(FeatureExtractor.Default).Train(SyntheticPages.Pages(1, 20), [], ModelTrainerTests.SmallOptions));

    private static (ModelMetadata Metadata, StackedBlockClassifier Classifier) Read(byte[] bytes)
    {
        var (metadata, classifier) = ModelFile.ReadForCleaning(new MemoryStream(bytes), Origin, FeatureExtractor.Default);
        return (metadata.Value, classifier);
    }

    private static float[] Predict(StackedBlockClassifier classifier, LabeledPage page)
    {
        var (analysis, matrix) = FeatureExtractor.Default.Extract(page.Page);
        var probabilities = new float[page.Page.Blocks.Count * BlockLabels.Count];
        classifier.Predict(analysis, matrix, probabilities);
        return probabilities;
    }

    // The first stage's rows as the classifier makes them: the block features and the lexical score.
    internal static float[] FirstStageRows(StackedBlockClassifier classifier, PageAnalysis analysis, float[] matrix)
    {
        int n = analysis.Blocks.Count, width = FeatureExtractor.Default.FirstStageSchema.Count;
        var rows = new float[n * width];
        StackedBlockClassifier.CopyRows(matrix, FeatureExtractor.Default.Schema.Count, n, rows, width);
        classifier.Lexical.WriteColumn(analysis.Blocks, rows, width, width - 1);
        return rows;
    }

    // The bytes of one entry of a model file.
    internal static byte[] EntryBytes(byte[] model, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(model), ZipArchiveMode.Read);
        using Stream s = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        s.CopyTo(copy);
        return copy.ToArray();
    }

    // The model file with one entry taken out.
    internal static byte[] WithoutEntry(byte[] model, string name)
    {
        using var ms = new MemoryStream();
        ms.Write(model);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true)) zip.GetEntry(name)!.Delete();
        return ms.ToArray();
    }

    internal static byte[] RewriteEntry(byte[] model, string name, Func<byte[], byte[]> change)
    {
        byte[] old = EntryBytes(model, name);
        using var ms = new MemoryStream();
        ms.Write(WithoutEntry(model, name));
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        {
            using Stream target = zip.CreateEntry(name).Open();
            target.Write(change(old));
        }
        return ms.ToArray();
    }

    private static byte[] RewriteMetadata(byte[] model, Action<JsonObject> change) =>
        RewriteEntry(model, "metadata.json", json =>
        {
            JsonObject node = JsonNode.Parse(json)!.AsObject();
            change(node);
            return System.Text.Encoding.UTF8.GetBytes(node.ToJsonString());
        });

    [Fact]
    public void A_model_written_and_read_back_predicts_the_same()
    {
        var (metadata, classifier) = Read(Trained.Value.ModelBytes);
        Assert.Equal(Trained.Value.Metadata.SchemaFingerprint, metadata.SchemaFingerprint);
        Assert.Equal(Trained.Value.Metadata.Sources.Select(s => s.Path), metadata.Sources.Select(s => s.Path));

        byte[] rewritten = ModelFile.Write(ModelFile.ReadPackage(new MemoryStream(Trained.Value.ModelBytes), Origin, FeatureExtractor.Default));
        var (metadata2, classifier2) = Read(rewritten);
        Assert.Equal(metadata.Trainer, metadata2.Trainer);

        foreach (LabeledPage page in SyntheticPages.Pages(300, 3))
        {
            float[] a = Predict(classifier, page), b = Predict(classifier2, page);
            Assert.Equal(a, b);
            Assert.All(a, p => Assert.InRange(p, 0f, 1f));
            for (int i = 0; i < a.Length; i += BlockLabels.Count) Assert.Equal(1f, a[i] + a[i + 1] + a[i + 2], 4);
        }
    }

    [Fact]
    public void The_compiled_trees_score_exactly_as_MLNET_does()
    {
        TrainingResult trained = Trained.Value;
        foreach (LabeledPage page in SyntheticPages.Pages(900, 4))
        {
            var (analysis, matrix) = FeatureExtractor.Default.Extract(page.Page);
            float[] rows = FirstStageRows(trained.Classifier, analysis, matrix);
            int n = page.Page.Blocks.Count;
            float[] compiled = new float[n * BlockLabels.Count], mlnet = new float[n * BlockLabels.Count];
            trained.Classifier.First.Score(rows, n, compiled);
            trained.FirstStageMlNet.Score(rows, n, mlnet);
            for (int i = 0; i < compiled.Length; i++) Assert.Equal(mlnet[i], compiled[i], 4);

            float[] stacked = StackedBlockClassifier.StackedRows(analysis, rows, compiled, FeatureExtractor.Default.FirstStageSchema.Count);
            trained.Classifier.Second.Score(stacked, n, compiled);
            trained.SecondStageMlNet.Score(stacked, n, mlnet);
            for (int i = 0; i < compiled.Length; i++) Assert.Equal(mlnet[i], compiled[i], 4);
        }
    }

    [Fact]
    public void Scoring_many_rows_at_once_gives_the_same_bits_as_scoring_row_by_row()
    {
        var trees = ((CompiledRowScorer)Trained.Value.Classifier.First).Trees;
        int width = FeatureExtractor.Default.FirstStageSchema.Count;
        foreach (LabeledPage page in SyntheticPages.Pages(910, 3))
        {
            var (analysis, features) = FeatureExtractor.Default.Extract(page.Page);
            float[] matrix = FirstStageRows(Trained.Value.Classifier, analysis, features);
            int n = page.Page.Blocks.Count;
            float[] together = new float[n * trees.Classes], one = new float[trees.Classes];
            trees.ScoreRows(matrix, n, width, together);
            for (int r = 0; r < n; r++)
            {
                trees.Score(matrix.AsSpan(r * width, width), one);
                Assert.Equal(one, together.AsSpan(r * trees.Classes, trees.Classes).ToArray());
            }
        }
    }

    [Fact]
    public void A_model_file_without_compiled_trees_is_compiled_from_its_MLNET_models()
    {
        byte[] withoutTrees = WithoutEntry(Trained.Value.ModelBytes, "compiled.bin");
        var (_, fromMlNet) = Read(withoutTrees);
        var (_, fromTrees) = Read(Trained.Value.ModelBytes);
        foreach (LabeledPage page in SyntheticPages.Pages(950, 2)) Assert.Equal(Predict(fromTrees, page), Predict(fromMlNet, page));
    }

    [Fact]
    public void A_model_for_another_feature_schema_is_refused_naming_both_schemas()
    {
        byte[] other = RewriteMetadata(Trained.Value.ModelBytes, m => m["schemaFingerprint"] = "0123456789abcdef");
        var e = Assert.Throws<ModelFormatException>(() => Read(other));
        Assert.StartsWith(Origin + ": ", e.Message, StringComparison.Ordinal);
        Assert.Contains("0123456789abcdef", e.Message, StringComparison.Ordinal);
        Assert.Contains(Schema.Fingerprint, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_listing_another_number_of_features_is_refused()
    {
        byte[] other = RewriteMetadata(Trained.Value.ModelBytes, m => m["features"]!.AsArray().RemoveAt(0));
        var e = Assert.Throws<ModelFormatException>(() => Read(other));
        Assert.Contains($"({Schema.Count - 1} features)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_of_another_format_version_is_refused()
    {
        byte[] other = RewriteMetadata(Trained.Value.ModelBytes, m => m["formatVersion"] = 99);
        var e = Assert.Throws<ModelFormatException>(() => Read(other));
        Assert.StartsWith(Origin + ": ", e.Message, StringComparison.Ordinal);
        Assert.Contains("version 99", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { 0x47, 0x41, 0x52, 0x42, 0x41, 0x47, 0x45 })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x13, 0x37 })]
    public void Garbage_bytes_are_not_a_model(byte[] bytes)
    {
        var e = Assert.Throws<ModelFormatException>(() => Read(bytes));
        Assert.StartsWith(Origin + ": ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_without_metadata_is_not_a_model()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using Stream s = zip.CreateEntry("readme.txt").Open();
            s.Write("hello"u8);
        }
        var e = Assert.Throws<ModelFormatException>(() => Read(ms.ToArray()));
        Assert.Contains("no metadata.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_metadata_json_is_not_a_model()
    {
        byte[] broken = RewriteEntry(Trained.Value.ModelBytes, "metadata.json", _ => "{ not json"u8.ToArray());
        var e = Assert.Throws<ModelFormatException>(() => Read(broken));
        Assert.StartsWith(Origin + ": not a PageCleaner model file", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"\\ud800\": 1}")]
    [InlineData("{\"formatVersion\": 1, \"schemaFingerprint\": \"\\udc00\"}")]
    public void Metadata_with_half_a_surrogate_pair_is_not_a_model(string json)
    {
        // The JSON reader refuses to make a string of it (an InvalidOperationException, not a JsonException).
        byte[] broken = RewriteEntry(Trained.Value.ModelBytes, "metadata.json", _ => Encoding.UTF8.GetBytes(json));
        var e = Assert.Throws<ModelFormatException>(() => Read(broken));
        Assert.StartsWith(Origin + ": not a PageCleaner model file", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_inner_model_is_reported_as_a_model_format_error()
    {
        // Cleaning loads the compiled trees; when they are damaged, or absent with a damaged ML.NET model, the file is refused.
        byte[] brokenTrees = RewriteEntry(Trained.Value.ModelBytes, "compiled.bin", bytes => bytes[..(bytes.Length / 2)]);
        var e = Assert.Throws<ModelFormatException>(() => Read(brokenTrees));
        Assert.StartsWith(Origin + ": ", e.Message, StringComparison.Ordinal);

        byte[] noTrees = WithoutEntry(RewriteEntry(Trained.Value.ModelBytes, "model.mlnet", _ => "this is not an ML.NET model"u8.ToArray()), "compiled.bin");
        e = Assert.Throws<ModelFormatException>(() => Read(noTrees));
        Assert.StartsWith(Origin + ": ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_or_missing_lexical_model_is_reported_as_a_model_format_error()
    {
        byte[] damaged = RewriteEntry(Trained.Value.ModelBytes, "lexical.bin", bytes => bytes[..(bytes.Length / 2)]);
        var e = Assert.Throws<ModelFormatException>(() => Read(damaged));
        Assert.StartsWith(Origin + ": not a PageCleaner model file", e.Message, StringComparison.Ordinal);

        e = Assert.Throws<ModelFormatException>(() => Read(WithoutEntry(Trained.Value.ModelBytes, "lexical.bin")));
        Assert.Equal(Origin + ": not a PageCleaner model file (no lexical.bin)", e.Message);
    }

    [Fact]
    public void The_embedded_default_model_matches_this_feature_schema()
    {
        var (lazyMetadata, classifier) = DefaultModel.Get();
        ModelMetadata metadata = lazyMetadata.Value;
        Assert.Equal(Schema.Fingerprint, metadata.SchemaFingerprint);
        Assert.Equal(Schema.Names, metadata.Features);
        Assert.Same(FeatureExtractor.Default.Schema, classifier.Schema);
        Assert.NotEmpty(metadata.Sources);
    }
}
