using PageCleaner.Learning.Evaluation;
using PageCleaner.Learning.Persistence;

namespace PageCleaner.Learning.Training;

/// <summary>
/// A trained model file's bytes, its metadata, the held-out confusion matrix, the classifier as it ships (compiled)
/// and the stages as ML.NET models (to check the compiled form against; the third is null when no third stage was
/// trained).
/// </summary>
internal sealed record TrainingResult(
    byte[] ModelBytes,
    ModelMetadata Metadata,
    ConfusionMatrix HeldOut,
    StackedBlockClassifier Classifier,
    MlNetRowScorer FirstStageMlNet,
    MlNetRowScorer SecondStageMlNet,
    MlNetRowScorer? ThirdStageMlNet);
