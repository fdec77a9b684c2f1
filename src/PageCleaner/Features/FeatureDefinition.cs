namespace PageCleaner.Features;

/// <summary>One column of the feature matrix: a stable name and a one-line meaning.</summary>
public sealed record FeatureDefinition(string Name, string Meaning);
