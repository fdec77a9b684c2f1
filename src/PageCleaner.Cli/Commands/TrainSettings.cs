using PageCleaner.Learning.Training;

namespace PageCleaner.Cli.Commands;

/// <summary>Everything <c>pagecleaner train</c> was asked to do.</summary>
internal sealed record TrainSettings(IReadOnlyList<string> Data, IReadOnlyList<string> Validate, string Output, bool Overwrite, TrainingOptions Training, HoldOut HoldOut = HoldOut.Fifth);
