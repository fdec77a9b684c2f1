namespace PageCleaner.Learning.Persistence;

/// <summary>What a model file says about itself: format, feature schema, how and from what it was trained.</summary>
public sealed record ModelMetadata
{
    /// <summary>The container format version this build reads and writes.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>Format version of the file.</summary>
    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>Fingerprint of the feature schema the model was trained with.</summary>
    public string SchemaFingerprint { get; init; } = "";

    /// <summary>The feature names, in column order.</summary>
    public IReadOnlyList<string> Features { get; init; } = [];

    /// <summary>The labels, in score order.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>The learner and its settings, in words.</summary>
    public string Trainer { get; init; } = "";

    /// <summary>Random seed of the training run.</summary>
    public int Seed { get; init; }

    /// <summary>The labeled files the model was trained on (held-out files are listed separately).</summary>
    public IReadOnlyList<TrainingSource> Sources { get; init; } = [];

    /// <summary>The files kept out of training and used for the metrics.</summary>
    public IReadOnlyList<TrainingSource> HeldOut { get; init; } = [];

    /// <summary>Training blocks per label.</summary>
    public IReadOnlyDictionary<string, int> TrainingBlocks { get; init; } = new Dictionary<string, int>();

    /// <summary>Per-label precision, recall and F1 on the held-out files.</summary>
    public IReadOnlyList<LabelScore> HeldOutScores { get; init; } = [];

    /// <summary>The features the second stage split on most, by share of the total split gain.</summary>
    public IReadOnlyList<FeatureImportance> TopFeatures { get; init; } = [];

    /// <summary>The PageCleaner version that wrote the file.</summary>
    public string WrittenBy { get; init; } = "";
}

/// <summary>One training file: its path as given to the trainer (relative where possible) and its SHA-256.</summary>
public sealed record TrainingSource(string Path, string Sha256);

/// <summary>A feature and its share of the model's total split gain.</summary>
public sealed record FeatureImportance(string Feature, double GainShare);

/// <summary>Precision, recall and F1 of one label, with the number of blocks that truly carry it.</summary>
public sealed record LabelScore(string Label, double Precision, double Recall, double F1, int Support);
