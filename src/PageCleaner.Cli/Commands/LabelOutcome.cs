using PageCleaner.Cli.Inputs;

namespace PageCleaner.Cli.Commands;

/// <summary>What <c>label</c> did with one input.</summary>
/// <param name="Item">The input.</param>
/// <param name="Error">Why the page could not be labeled; null when it was.</param>
/// <param name="Result">The cleaning result the labels came from; null on error or skip.</param>
/// <param name="Written">The files written, by kind.</param>
/// <param name="Kept">Files left as they were because they existed (no --overwrite).</param>
/// <param name="Mismatches">One line per written file that does not read back with the labels it was written with.</param>
internal sealed record LabelOutcome(
    InputItem Item,
    string? Error,
    CleanResult? Result,
    IReadOnlyList<LabelFile> Written,
    int Kept,
    IReadOnlyList<string> Mismatches)
{
    public bool Skipped => Error is null && Result is null;

    public static LabelOutcome Failure(InputItem item, string error) => new(item, error, null, [], 0, []);
}
