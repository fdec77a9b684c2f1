namespace PageCleaner.Learning.Training;

/// <summary>Settings of a training run. The defaults build the shipped model.</summary>
internal sealed record TrainingOptions
{
    public int Seed { get; init; } = 42;
    public int Iterations { get; init; } = 400;
    public int Leaves { get; init; } = 63;
    public int MinExamplesPerLeaf { get; init; } = 20;
    public double LearningRate { get; init; } = 0.05;
}
