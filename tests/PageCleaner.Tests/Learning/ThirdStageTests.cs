using System.IO.Compression;
using PageCleaner.Features;
using PageCleaner.Learning;
using PageCleaner.Learning.Persistence;
using PageCleaner.Learning.Training;

namespace PageCleaner.Tests.Learning;

/// <summary>The third stage: trained when the data has enough text dumps, run on text dumps only, kept in the model file.</summary>
public sealed class ThirdStageTests
{
    private const string Origin = "models/third.pcmodel";

    private static List<LabeledPage> TrainingPages(int dumps) =>
        [.. SyntheticPages.Pages(1, 20), .. SyntheticPages.DumpPages(1, dumps)];

    private static readonly Lazy<TrainingResult> Trained = new(() =>
        new ModelTrainer(FeatureExtractor.Default).Train(TrainingPages(ModelTrainer.MinDumpPages), [], ModelTrainerTests.SmallOptions));

    private static StackedBlockClassifier Read(byte[] bytes) =>
        ModelFile.ReadForCleaning(new MemoryStream(bytes), Origin, FeatureExtractor.Default).Classifier;

    private static float[] Predict(StackedBlockClassifier classifier, LabeledPage page)
    {
        var (analysis, matrix) = FeatureExtractor.Default.Extract(page.Page);
        var probabilities = new float[page.Page.Blocks.Count * BlockLabels.Count];
        classifier.Predict(analysis, matrix, probabilities);
        return probabilities;
    }

    private static bool HasEntry(byte[] model, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(model), ZipArchiveMode.Read);
        return zip.GetEntry(name) is not null;
    }

    // The classifier without its third stage: where every page ends when the model has none.
    private static StackedBlockClassifier TwoStages(StackedBlockClassifier classifier) =>
        new(classifier.Lexical, classifier.First, classifier.Second, null, classifier.Schema);

    // What the third stage should see for a dump: the second stage's rows with context from the second stage's scores.
    private static float[] ThirdStageRows(StackedBlockClassifier classifier, LabeledPage dump)
    {
        var (analysis, matrix) = FeatureExtractor.Default.Extract(dump.Page);
        float[] rows = ModelFileTests.FirstStageRows(classifier, analysis, matrix);
        return StackedBlockClassifier.StackedRows(analysis, rows, Predict(TwoStages(classifier), dump), FeatureExtractor.Default.FirstStageSchema.Count);
    }

    [Fact]
    public void Training_data_with_too_few_text_dumps_gives_no_third_stage()
    {
        var messages = new List<string>();
        TrainingResult result = new ModelTrainer(FeatureExtractor.Default).Train(
            TrainingPages(ModelTrainer.MinDumpPages - 1), [], ModelTrainerTests.SmallOptions, messages.Add);

        Assert.Null(result.Classifier.Third);
        Assert.Null(result.ThirdStageMlNet);
        Assert.False(HasEntry(result.ModelBytes, "third.mlnet"));
        Assert.Contains(messages, m => m.StartsWith("no third stage", StringComparison.Ordinal));
        Assert.Null(Read(result.ModelBytes).Third);
    }

    [Fact]
    public void Html_pages_end_at_the_second_stage_and_text_dumps_go_through_the_third()
    {
        StackedBlockClassifier classifier = Trained.Value.Classifier;
        Assert.NotNull(classifier.Third);
        StackedBlockClassifier twoStages = TwoStages(classifier);

        foreach (LabeledPage page in SyntheticPages.Pages(400, 3)) Assert.Equal(Predict(twoStages, page), Predict(classifier, page));

        bool changed = false;
        foreach (LabeledPage dump in SyntheticPages.DumpPages(400, 3))
        {
            int n = dump.Page.Blocks.Count;
            var expected = new float[n * BlockLabels.Count];
            classifier.Third.Score(ThirdStageRows(classifier, dump), n, expected);

            Assert.Equal(expected, Predict(classifier, dump));
            changed |= !expected.SequenceEqual(Predict(twoStages, dump));
        }
        Assert.True(changed, "the third stage gave every dump the second stage's scores");
    }

    [Fact]
    public void The_third_stage_compiled_scores_as_its_MLNET_model_does()
    {
        TrainingResult trained = Trained.Value;
        foreach (LabeledPage dump in SyntheticPages.DumpPages(600, 3))
        {
            int n = dump.Page.Blocks.Count;
            float[] stacked = ThirdStageRows(trained.Classifier, dump);
            float[] compiled = new float[n * BlockLabels.Count], mlnet = new float[n * BlockLabels.Count];
            trained.Classifier.Third!.Score(stacked, n, compiled);
            trained.ThirdStageMlNet!.Score(stacked, n, mlnet);
            for (int i = 0; i < compiled.Length; i++) Assert.Equal(mlnet[i], compiled[i], 4);
        }
    }

    [Fact]
    public void A_model_file_keeps_its_third_stage_in_the_compiled_trees_and_in_MLNET_form()
    {
        byte[] bytes = Trained.Value.ModelBytes;
        Assert.True(HasEntry(bytes, "third.mlnet"));
        StackedBlockClassifier fromTrees = Read(bytes);
        StackedBlockClassifier fromMlNet = Read(ModelFileTests.WithoutEntry(bytes, "compiled.bin"));
        byte[] rewritten = ModelFile.Write(ModelFile.ReadPackage(new MemoryStream(bytes), Origin, FeatureExtractor.Default));
        Assert.Equal(bytes, rewritten);

        foreach (LabeledPage dump in SyntheticPages.DumpPages(800, 3))
        {
            float[] expected = Predict(Trained.Value.Classifier, dump);
            Assert.Equal(expected, Predict(fromTrees, dump));
            Assert.Equal(expected, Predict(fromMlNet, dump));
        }
    }

    [Fact]
    public void A_third_stage_in_one_form_only_is_refused_with_one_line_naming_the_file()
    {
        var e = Assert.Throws<ModelFormatException>(() => Read(ModelFileTests.WithoutEntry(Trained.Value.ModelBytes, "third.mlnet")));
        Assert.Equal(Origin + ": not a PageCleaner model file (third.mlnet and the compiled third stage do not come together)", e.Message);

        // compiled.bin of a two-stage model beside third.mlnet.
        byte[] twoStageTrees = new ModelTrainer(FeatureExtractor.Default).Train(SyntheticPages.Pages(1, 20), [], ModelTrainerTests.SmallOptions).ModelBytes;
        byte[] trees = ModelFileTests.EntryBytes(twoStageTrees, "compiled.bin");
        byte[] mixed = ModelFileTests.RewriteEntry(Trained.Value.ModelBytes, "compiled.bin", _ => trees);
        e = Assert.Throws<ModelFormatException>(() => Read(mixed));
        Assert.StartsWith(Origin + ": not a PageCleaner model file", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Training_with_text_dumps_twice_with_the_same_seed_gives_identical_model_bytes()
    {
        byte[] again = new ModelTrainer(FeatureExtractor.Default).Train(TrainingPages(ModelTrainer.MinDumpPages), [], ModelTrainerTests.SmallOptions).ModelBytes;
        Assert.Equal(Trained.Value.ModelBytes, again);
    }
}
