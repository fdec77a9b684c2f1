using PageCleaner.Learning.Evaluation;
using PageCleaner.Learning.Persistence;

namespace PageCleaner.Learning.Training;

/// <summary>A trained model file's bytes, its metadata, and the held-out confusion matrix.</summary>
internal sealed record TrainingResult(byte[] ModelBytes, ModelMetadata Metadata, ConfusionMatrix HeldOut);
