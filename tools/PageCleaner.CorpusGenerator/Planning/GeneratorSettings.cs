namespace PageCleaner.CorpusGenerator.Planning;

/// <summary>
/// What to generate: the seed, how many annotated HTML pages and labeled dumps, and the prefix the output folder has
/// relative to the training data folder (for the held-out split; <c>generated/</c> for training-data/generated).
/// </summary>
internal sealed record GeneratorSettings(long Seed, int Pages, int Dumps, string SplitPrefix)
{
    public const int DefaultPages = 330;
    public const int DefaultDumps = 120;
}
