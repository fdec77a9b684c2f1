using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;
using PageCleaner.Features;
using PageCleaner.Learning.Evaluation;
using PageCleaner.Learning.Persistence;

namespace PageCleaner.Learning.Training;

/// <summary>
/// Fits the block classifier on labeled pages with ML.NET's LightGBM multiclass trainer, single-threaded and seeded,
/// so the same pages and seed give the same model file.
/// </summary>
internal sealed class ModelTrainer
{
    private readonly FeatureExtractor _features;

    public ModelTrainer(FeatureExtractor features) => _features = features;

    public TrainingResult Train(IReadOnlyList<LabeledPage> training, IReadOnlyList<LabeledPage> heldOut, TrainingOptions options, Action<string>? progress = null)
    {
        FeatureSchema schema = _features.Schema;
        progress?.Invoke($"extracting features from {training.Count} training pages");
        var counts = new int[BlockLabels.Count];
        List<MlNetRows.BlockRow> rows = Rows(training, counts);
        if (rows.Count == 0) throw new PageCleanerException("no labeled blocks in the training data");

        var context = new MLContext(seed: options.Seed);
        IDataView data = context.Data.LoadFromEnumerable(rows, MlNetRows.InputSchema(schema.Count));
        var trainerOptions = new LightGbmMulticlassTrainer.Options
        {
            LabelColumnName = MlNetRows.LabelKeyColumn,
            FeatureColumnName = MlNetRows.FeaturesColumn,
            ExampleWeightColumnName = MlNetRows.WeightColumn,
            NumberOfIterations = options.Iterations,
            NumberOfLeaves = options.Leaves,
            MinimumExampleCountPerLeaf = options.MinExamplesPerLeaf,
            LearningRate = options.LearningRate,
            Seed = options.Seed,
            Deterministic = true,
            NumberOfThreads = 1,
            Silent = true,
            UseSoftmax = true,
        };
        progress?.Invoke($"training on {rows.Count} blocks ({counts[0]} content, {counts[1]} boilerplate, {counts[2]} spam)");
        ITransformer model = context.Transforms.Conversion
            .MapValueToKey(MlNetRows.LabelKeyColumn, MlNetRows.LabelColumn, keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(context.MulticlassClassification.Trainers.LightGbm(trainerOptions))
            .Fit(data);

        var classifier = new MlNetBlockClassifier(context, model, schema);
        progress?.Invoke($"evaluating on {heldOut.Count} held-out pages");
        ConfusionMatrix confusion = Evaluate(classifier, heldOut);

        var metadata = new ModelMetadata
        {
            SchemaFingerprint = schema.Fingerprint,
            Features = schema.Names,
            Labels = [BlockLabels.Name(BlockLabel.Content), BlockLabels.Name(BlockLabel.Boilerplate), BlockLabels.Name(BlockLabel.Spam)],
            Trainer = $"ML.NET LightGBM multiclass: {options.Iterations} iterations, {options.Leaves} leaves, min {options.MinExamplesPerLeaf} per leaf, learning rate {options.LearningRate}, rows weighted by log(2 + characters)",
            Seed = options.Seed,
            Sources = Sources(training),
            HeldOut = Sources(heldOut),
            TrainingBlocks = new SortedDictionary<string, int>(StringComparer.Ordinal)
            {
                [BlockLabels.Name(BlockLabel.Content)] = counts[0],
                [BlockLabels.Name(BlockLabel.Boilerplate)] = counts[1],
                [BlockLabels.Name(BlockLabel.Spam)] = counts[2],
            },
            HeldOutScores = confusion.Scores(),
            WrittenBy = "PageCleaner " + typeof(ModelTrainer).Assembly.GetName().Version?.ToString(3),
        };
        return new TrainingResult(ModelFile.Write(metadata, context, model, schema), metadata, confusion);
    }

    /// <summary>Block-level confusion of a classifier on labeled pages.</summary>
    public ConfusionMatrix Evaluate(IBlockClassifier classifier, IReadOnlyList<LabeledPage> pages)
    {
        var confusion = new ConfusionMatrix();
        foreach (LabeledPage page in pages)
        {
            var (_, matrix) = _features.Extract(page.Page);
            int n = page.Page.Blocks.Count;
            var probabilities = new float[n * BlockLabels.Count];
            classifier.Predict(matrix, n, probabilities);
            for (int i = 0; i < n; i++)
            {
                if (page.Page.Blocks[i].Annotation is not BlockLabel truth) continue;
                confusion.Add(truth, BlockDecision.ArgMax(probabilities.AsSpan(i * BlockLabels.Count, BlockLabels.Count)));
            }
        }
        return confusion;
    }

    private List<MlNetRows.BlockRow> Rows(IReadOnlyList<LabeledPage> pages, int[] counts)
    {
        var rows = new List<MlNetRows.BlockRow>();
        int width = _features.Schema.Count;
        foreach (LabeledPage page in pages)
        {
            var (analysis, matrix) = _features.Extract(page.Page);
            for (int i = 0; i < page.Page.Blocks.Count; i++)
            {
                if (page.Page.Blocks[i].Annotation is not BlockLabel label) continue;
                counts[(int)label]++;
                rows.Add(new MlNetRows.BlockRow
                {
                    Features = matrix.AsSpan(i * width, width).ToArray(),
                    Label = BlockLabels.Name(label),
                    // Long blocks carry more of the text a reader gets; weigh their mistakes more.
                    Weight = MathF.Log(2 + analysis.Stats[i].Chars),
                });
            }
        }
        return rows;
    }

    private static List<TrainingSource> Sources(IReadOnlyList<LabeledPage> pages)
    {
        var list = new List<TrainingSource>(pages.Count);
        foreach (LabeledPage p in pages) list.Add(new TrainingSource(p.Source, p.Sha256));
        return list;
    }
}
