using PageCleaner.Learning.Lexical;

namespace PageCleaner.Learning.Persistence;

/// <summary>
/// Everything a model file holds: metadata, the lexical model, both stages as ML.NET saved them (the models of
/// record), and both stages compiled to plain trees (what cleaning runs, without loading ML.NET).
/// </summary>
internal sealed record ModelPackage(
    ModelMetadata Metadata,
    LexicalModel Lexical,
    byte[] FirstStageMlNet,
    byte[] SecondStageMlNet,
    CompiledRowScorer FirstStage,
    CompiledRowScorer SecondStage);
