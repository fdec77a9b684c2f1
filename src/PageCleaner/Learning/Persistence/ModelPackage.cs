using PageCleaner.Learning.Lexical;

namespace PageCleaner.Learning.Persistence;

/// <summary>
/// Everything a model file holds: metadata, the lexical model, the stages as ML.NET saved them (the models of
/// record), and the stages compiled to plain trees (what cleaning runs, without loading ML.NET). The third stage
/// (text dumps) is null in a model trained without dumps (and in files written before there was one).
/// </summary>
internal sealed record ModelPackage(
    ModelMetadata Metadata,
    LexicalModel Lexical,
    byte[] FirstStageMlNet,
    byte[] SecondStageMlNet,
    byte[]? ThirdStageMlNet,
    CompiledRowScorer FirstStage,
    CompiledRowScorer SecondStage,
    CompiledRowScorer? ThirdStage);
