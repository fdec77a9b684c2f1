using PageCleaner.Features;
using PageCleaner.Learning.Evaluation;
using PageCleaner.Learning.Training;

namespace PageCleaner.Tests.Learning;

public sealed class ModelTrainerTests
{
    internal static readonly TrainingOptions SmallOptions = new() { Seed = 7, Iterations = 60, Leaves = 8, MinExamplesPerLeaf = 3, LearningRate = 0.1 };

    private static double Accuracy(ConfusionMatrix m)
    {
        int correct = 0;
        foreach (BlockLabel l in Enum.GetValues<BlockLabel>()) correct += m[l, l];
        return correct / (double)m.Total;
    }

    [Fact]
    public void A_model_trained_on_synthetic_pages_labels_similar_pages_well()
    {
        var trainer = new ModelTrainer(FeatureExtractor.Default);
        TrainingResult result = trainer.Train(SyntheticPages.Pages(1, 36), SyntheticPages.Pages(1001, 12), SmallOptions);

        ConfusionMatrix heldOut = result.HeldOut;
        Assert.True(heldOut.Total > 100, $"only {heldOut.Total} held-out blocks");
        Assert.True(Accuracy(heldOut) >= 0.95, $"held-out accuracy {Accuracy(heldOut):0.000}");
        Assert.All(heldOut.Scores(), s => Assert.True(s.Recall >= 0.9, $"{s.Label} recall {s.Recall}"));
    }

    [Fact]
    public void Metadata_describes_the_training_run()
    {
        var training = SyntheticPages.Pages(1, 20);
        var heldOut = SyntheticPages.Pages(500, 4);
        TrainingResult result = new ModelTrainer(FeatureExtractor.Default).Train(training, heldOut, SmallOptions);

        Assert.Equal(FeatureExtractor.Default.StackedSchema.Fingerprint, result.Metadata.SchemaFingerprint);
        Assert.Equal(FeatureExtractor.Default.StackedSchema.Names, result.Metadata.Features);
        Assert.Equal(["content", "boilerplate", "spam"], result.Metadata.Labels);
        Assert.Equal(7, result.Metadata.Seed);
        Assert.Equal(training.Select(p => p.Source), result.Metadata.Sources.Select(s => s.Path));
        Assert.Equal(heldOut.Select(p => p.Source), result.Metadata.HeldOut.Select(s => s.Path));
        int blocks = training.Sum(p => p.Page.Blocks.Count);
        Assert.Equal(blocks, result.Metadata.TrainingBlocks.Values.Sum());
        Assert.All(result.Metadata.TrainingBlocks.Values, n => Assert.True(n > 0));
    }

    [Fact]
    public void Training_twice_with_the_same_seed_gives_identical_model_bytes()
    {
        var training = SyntheticPages.Pages(1, 24);
        var heldOut = SyntheticPages.Pages(700, 4);
        var trainer = new ModelTrainer(FeatureExtractor.Default);

        byte[] first = trainer.Train(training, heldOut, SmallOptions).ModelBytes;
        byte[] second = trainer.Train(training, heldOut, SmallOptions).ModelBytes;
        byte[] fresh = new ModelTrainer(new FeatureExtractor()).Train(SyntheticPages.Pages(1, 24), SyntheticPages.Pages(700, 4), SmallOptions).ModelBytes;

        Assert.Equal(first, second);
        Assert.Equal(first, fresh);
    }

    [Fact]
    public void Training_without_labeled_blocks_is_an_error()
    {
        var unlabeled = new LabeledPage("empty.html", "", Segmentation.Segmenting.Text("no annotations here"));
        var e = Assert.Throws<PageCleanerException>(() => new ModelTrainer(FeatureExtractor.Default).Train([unlabeled], [], SmallOptions));
        Assert.Contains("no labeled blocks", e.Message, StringComparison.Ordinal);
    }
}
