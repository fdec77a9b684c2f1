using PageCleaner.Learning.Evaluation;
using PageCleaner.Learning.Persistence;

namespace PageCleaner.Learning.Training;

/// <summary>A trained model file's bytes, its metadata, the held-out confusion matrix, and the classifier itself.</summary>
internal sealed record TrainingResult(byte[] ModelBytes, ModelMetadata Metadata, ConfusionMatrix HeldOut, StackedBlockClassifier Classifier);
