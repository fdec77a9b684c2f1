namespace PageCleaner.Learning.Persistence;

/// <summary>
/// Everything a model file holds: metadata, both stages as ML.NET saved them (the models of record), and both
/// stages compiled to plain trees (what cleaning runs, without loading ML.NET).
/// </summary>
internal sealed record ModelPackage(
    ModelMetadata Metadata,
    byte[] FirstStageMlNet,
    byte[] SecondStageMlNet,
    CompiledRowScorer FirstStage,
    CompiledRowScorer SecondStage);
