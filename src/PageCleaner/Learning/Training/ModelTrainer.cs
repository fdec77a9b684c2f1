using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;
using PageCleaner.Features;
using PageCleaner.Learning.Evaluation;
using PageCleaner.Learning.Lexical;
using PageCleaner.Learning.Persistence;

namespace PageCleaner.Learning.Training;

/// <summary>
/// Fits the staged block classifier with ML.NET's LightGBM multiclass trainer, single-threaded and seeded, so the
/// same pages and seed give the same model file. The second stage learns from first-stage scores that were made
/// out of fold (each page scored by a first-stage model that did not see it), as it will meet them on new pages; the
/// first stage likewise learns from lexical scores made out of fold (<see cref="LexicalTrainer"/>, same folds), and
/// the third stage (text dumps) from second-stage scores made out of fold.
/// </summary>
internal sealed class ModelTrainer
{
    public const int Folds = 4;

    // Spam blocks are rare (well under 1% of blocks) but missing one costs a whole page; weigh them up.
    public const float SpamWeight = 8;

    // Labels a person set are worth more than labels derived by aligning a page with its expected text.
    public const float CheckedLabelWeight = 2;

    /// <summary>Total weight of one page's rows (before the spam and checked-label factors).</summary>
    public const float PageWeight = 100;

    /// <summary>With fewer text dumps than this in the training data, no third stage is trained: text dumps then end at the second.</summary>
    public const int MinDumpPages = 20;

    private readonly FeatureExtractor _features;

    public ModelTrainer(FeatureExtractor features) => _features = features;

    // Rows: the first stage's rows (the extractors' features and the lexical score).
    private sealed record PageRows(LabeledPage Page, PageAnalysis Analysis, float[] Rows);

    public TrainingResult Train(IReadOnlyList<LabeledPage> training, IReadOnlyList<LabeledPage> heldOut, TrainingOptions options, Action<string>? progress = null)
    {
        progress?.Invoke($"extracting features from {training.Count} training pages");
        var pages = training.Select(p =>
        {
            var (analysis, matrix) = _features.Extract(p.Page);
            // The lexical column, last, is written out of fold before the first stage is fitted.
            var rows = new float[p.Page.Blocks.Count * _features.FirstStageSchema.Count];
            StackedBlockClassifier.CopyRows(matrix, _features.Schema.Count, p.Page.Blocks.Count, rows, _features.FirstStageSchema.Count);
            return new PageRows(p, analysis, rows);
        }).ToList();
        var counts = new int[BlockLabels.Count];
        foreach (PageRows p in pages)
        {
            foreach (var b in p.Page.Page.Blocks)
            {
                if (b.Annotation is BlockLabel l) counts[(int)l]++;
            }
        }
        if (counts.Sum() == 0) throw new PageCleanerException("no labeled blocks in the training data");
        if (counts[(int)BlockLabel.Content] == 0 || counts[(int)BlockLabel.Boilerplate] == 0)
        {
            throw new PageCleanerException(
                $"the training data needs both content and boilerplate blocks; it has {counts[0]} content, {counts[1]} boilerplate and {counts[2]} spam blocks");
        }
        progress?.Invoke($"training on {counts.Sum()} blocks ({counts[0]} content, {counts[1]} boilerplate, {counts[2]} spam)");

        int[] foldOf = ArticleFolds.Assign(training, Folds);
        int width = _features.FirstStageSchema.Count;
        float[][] firstRows = [.. pages.Select(p => p.Rows)];
        LexicalModel lexical = OutOfFoldLexical.Fit(training, firstRows, foldOf, Folds, width, options.Seed, progress);
        var context = new MLContext(seed: options.Seed);
        float[][] outOfFold = OutOfFold(context, pages, firstRows, width, foldOf, options, "first stage", progress);
        progress?.Invoke("first stage, all pages");
        MlNetRowScorer first = Fit(context, Rows(pages, firstRows, width, _ => true), width, options);
        progress?.Invoke("second stage");
        var stacked = new float[pages.Count][];
        for (int i = 0; i < pages.Count; i++) stacked[i] = StackedBlockClassifier.StackedRows(pages[i].Analysis, pages[i].Rows, outOfFold[i], width);
        MlNetRowScorer second = Fit(context, Rows(pages, stacked, _features.StackedSchema.Count, _ => true), _features.StackedSchema.Count, options);
        MlNetRowScorer? third = FitThirdStage(context, pages, stacked, foldOf, options, progress);
        CompiledRowScorer firstCompiled = Compiled(first), secondCompiled = Compiled(second);
        CompiledRowScorer? thirdCompiled = third is null ? null : Compiled(third);
        // What ships is the compiled form, so that is what the held-out scores describe.
        var classifier = new StackedBlockClassifier(lexical, firstCompiled, secondCompiled, thirdCompiled, _features.Schema);

        progress?.Invoke($"evaluating on {heldOut.Count} held-out pages");
        ConfusionMatrix confusion = Evaluate(classifier, heldOut);
        var metadata = new ModelMetadata
        {
            SchemaFingerprint = _features.StackedSchema.Fingerprint,
            Features = _features.StackedSchema.Names,
            Labels = [BlockLabels.Name(BlockLabel.Content), BlockLabels.Name(BlockLabel.Boilerplate), BlockLabels.Name(BlockLabel.Spam)],
            Trainer = $"lexical log-odds (hashed words and word pairs, logistic regression, {LexicalTrainer.Passes} AdaGrad passes, {Folds}-fold out-of-fold scores feed the first stage) and two-stage ML.NET LightGBM multiclass ({Folds}-fold out-of-fold first-stage scores feed the second stage{(third is null ? "" : $"; text dumps go through a third stage, the second refitted on context from {Folds}-fold out-of-fold second-stage scores")}): {options.Iterations} iterations, {options.Leaves} leaves, min {options.MinExamplesPerLeaf} per leaf, learning rate {options.LearningRate}, feature fraction {options.FeatureFraction}, each page weighing {PageWeight} in all, shared among its blocks by characters + 2 (HTML) or log(2 + characters) (text dumps), spam rows x{SpamWeight} (in dumps at least the dump's mean line), pages with person-set labels x{CheckedLabelWeight}",
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
            TopFeatures = TopFeatures(secondCompiled.Trees, _features.StackedSchema, 20),
            WrittenBy = "PageCleaner " + typeof(ModelTrainer).Assembly.GetName().Version?.ToString(3),
        };
        var package = new ModelPackage(metadata, lexical, ModelFile.Save(first), ModelFile.Save(second), third is null ? null : ModelFile.Save(third), firstCompiled, secondCompiled, thirdCompiled);
        return new TrainingResult(ModelFile.Write(package), metadata, confusion, classifier, first, second, third);
    }

    private static CompiledRowScorer Compiled(MlNetRowScorer stage) =>
        stage.Compile() ?? throw new PageCleanerException("the trained model is not a tree ensemble");

    /// <summary>
    /// The third stage, which text dumps go through: the second stage refitted on every page with its context features
    /// made from second-stage scores. Those scores come out of fold (a second stage fitted on the other folds' pages
    /// scores a fold's pages), as the second stage's come from first stages that did not see the page. HTML pages
    /// teach it too: fitted on the dumps alone, at seeds 7 and 42, it gave wcxb-dev's dumps 0.004 and 0.008 less,
    /// chinese-cwced-dev's the same and 0.010 less, readability's 0.004 more and the same.
    /// </summary>
    private MlNetRowScorer? FitThirdStage(MLContext context, List<PageRows> pages, float[][] stacked, int[] foldOf, TrainingOptions options, Action<string>? progress)
    {
        var dumpLabels = new HashSet<BlockLabel>();
        int dumps = 0;
        foreach (PageRows page in pages)
        {
            if (!page.Analysis.IsTextDump) continue;
            dumps++;
            foreach (var b in page.Page.Page.Blocks)
            {
                if (b.Annotation is BlockLabel l) dumpLabels.Add(l);
            }
        }
        if (dumps < MinDumpPages || !dumpLabels.Contains(BlockLabel.Content) || !dumpLabels.Contains(BlockLabel.Boilerplate))
        {
            progress?.Invoke($"no third stage for text dumps: it needs {MinDumpPages} text dumps with content and boilerplate lines, the data has {dumps} dumps");
            return null;
        }
        int width = _features.StackedSchema.Count, firstWidth = _features.FirstStageSchema.Count;
        float[][] second = OutOfFold(context, pages, stacked, width, foldOf, options, "third stage, second-stage scores", progress);
        var third = new float[pages.Count][];
        for (int i = 0; i < pages.Count; i++) third[i] = StackedBlockClassifier.StackedRows(pages[i].Analysis, pages[i].Rows, second[i], firstWidth);
        progress?.Invoke("third stage, all pages");
        return Fit(context, Rows(pages, third, width, _ => true), width, options);
    }

    /// <summary>Block-level confusion of a classifier on labeled pages.</summary>
    public ConfusionMatrix Evaluate(IBlockClassifier classifier, IReadOnlyList<LabeledPage> pages)
    {
        var confusion = new ConfusionMatrix();
        foreach (LabeledPage page in pages)
        {
            var (analysis, matrix) = _features.Extract(page.Page);
            int n = page.Page.Blocks.Count;
            var probabilities = new float[n * BlockLabels.Count];
            classifier.Predict(analysis, matrix, probabilities);
            for (int i = 0; i < n; i++)
            {
                if (page.Page.Blocks[i].Annotation is not BlockLabel truth) continue;
                confusion.Add(truth, BlockDecision.ArgMax(probabilities.AsSpan(i * BlockLabels.Count, BlockLabels.Count)));
            }
        }
        return confusion;
    }

    // Each page's probabilities from a stage fitted on the pages of the other folds (matrices[i] is page i's rows).
    private static float[][] OutOfFold(
        MLContext context, List<PageRows> pages, float[][] matrices, int width, int[] foldOf, TrainingOptions options, string stage, Action<string>? progress)
    {
        var scores = new float[pages.Count][];
        for (int fold = 0; fold < Folds; fold++)
        {
            progress?.Invoke($"{stage}, fold {fold + 1} of {Folds}");
            MlNetRowScorer foldModel = Fit(context, Rows(pages, matrices, width, i => foldOf[i] != fold), width, options);
            for (int i = 0; i < pages.Count; i++)
            {
                if (foldOf[i] != fold) continue;
                int n = pages[i].Page.Page.Blocks.Count;
                scores[i] = new float[n * BlockLabels.Count];
                foldModel.Score(matrices[i], n, scores[i]);
            }
        }
        return scores;
    }

    // The rows of the pages that include() picks: matrices[i] is page i's, width values a block.
    private static List<MlNetRows.BlockRow> Rows(List<PageRows> pages, float[][] matrices, int width, Func<int, bool> include)
    {
        var rows = new List<MlNetRows.BlockRow>();
        for (int i = 0; i < pages.Count; i++)
        {
            if (include(i)) AddRows(rows, pages[i], matrices[i], width);
        }
        return rows;
    }

    // What a block's share of its page's weight is proportional to (see AddRows).
    private static float Size(int chars, bool dump) => dump ? MathF.Log(2 + chars) : chars + 2;

    private static void AddRows(List<MlNetRows.BlockRow> rows, PageRows page, float[] matrix, int width)
    {
        var blocks = page.Page.Page.Blocks;
        // Each page weighs the same in total (PageWeight), shared among its labelled blocks. An HTML page shares it by
        // characters: the measures the model is judged by (score.py's char5, shingle4, bow) are per-page means of text
        // overlap, so a block matters in proportion to its share of the page's text (+2 keeps one-character blocks in
        // play). A text dump shares it by log(2 + characters): its furniture is all short lines with no markup to tell
        // them apart, and weighed by characters the model grew careless with them (more untouched dumps flagged spam,
        // lower dump scores; docs/spam.md). A dump also cuts a spam link list into short lines, so there a spam line
        // weighs at least an average line of its dump: one left in costs the page its verdict.
        bool dump = page.Analysis.IsTextDump;
        float total = 0;
        int labelledBlocks = 0;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Annotation is null) continue;
            total += Size(page.Analysis.Stats[i].Chars, dump);
            labelledBlocks++;
        }
        float pageFactor = page.Page.LabelsChecked ? CheckedLabelWeight : 1;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Annotation is not BlockLabel label) continue;
            float share = Size(page.Analysis.Stats[i].Chars, dump) / total;
            if (label == BlockLabel.Spam) share = (dump ? Math.Max(share, 1f / labelledBlocks) : share) * SpamWeight;
            rows.Add(new MlNetRows.BlockRow
            {
                Features = matrix.AsSpan(i * width, width).ToArray(),
                Label = BlockLabels.Name(label),
                Weight = PageWeight * share * pageFactor,
            });
        }
    }

    private static MlNetRowScorer Fit(MLContext context, List<MlNetRows.BlockRow> rows, int width, TrainingOptions options)
    {
        // LightGBM refuses a multiclass model of one class with an exception of its own: a fold of the first stage,
        // three quarters of the pages, lacks a label when only a few pages carry it.
        if (rows.Select(r => r.Label).Distinct(StringComparer.Ordinal).Take(2).Count() < 2)
        {
            throw new PageCleanerException(
                "too few labeled pages: three quarters of them (a fold of the first stage) hold only one kind of block; give content and boilerplate blocks on more pages");
        }
        IDataView data = context.Data.LoadFromEnumerable(rows, MlNetRows.InputSchema(width));
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
            Booster = new GradientBooster.Options { FeatureFraction = options.FeatureFraction },
        };
        ITransformer model = context.Transforms.Conversion
            .MapValueToKey(MlNetRows.LabelKeyColumn, MlNetRows.LabelColumn, keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(context.MulticlassClassification.Trainers.LightGbm(trainerOptions))
            .Fit(data);
        return new MlNetRowScorer(context, model, width);
    }

    private static List<FeatureImportance> TopFeatures(TreeEnsembleScorer trees, FeatureSchema schema, int count)
    {
        double total = trees.FeatureGains.Values.Sum();
        return trees.FeatureGains
            .OrderByDescending(g => g.Value).ThenBy(g => g.Key)
            .Take(count)
            .Select(g => new FeatureImportance(schema.Names[g.Key], total > 0 ? Math.Round(g.Value / total, 4) : 0))
            .ToList();
    }

    private static List<TrainingSource> Sources(IReadOnlyList<LabeledPage> pages)
    {
        var list = new List<TrainingSource>(pages.Count);
        foreach (LabeledPage p in pages) list.Add(new TrainingSource(p.Source, p.Sha256));
        return list;
    }
}
