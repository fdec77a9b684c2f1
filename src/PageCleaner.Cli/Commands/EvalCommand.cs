using System.CommandLine;

namespace PageCleaner.Cli.Commands;

/// <summary><c>pagecleaner eval</c>: score a model on labeled samples, block by block and as text.</summary>
internal static class EvalCommand
{
    public static Command Create(ConsoleStreams io)
    {
        var data = new Option<string[]>("--data", "-d")
        {
            Description = "Labeled samples, in any form 'train' reads. In data-set folders only the pages split.tsv does not mark 'train' are used.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var model = new Option<string?>("--model", "-m") { Description = "The model to evaluate (default: the model built in)." };
        var allSplits = new Option<bool>("--all-splits") { Description = "Use every page of data-set folders, training pages included." };
        var threshold = new Option<float?>("--content-threshold") { Description = "Content probability at which a block is content (default: chosen page by page for the best expected F1 of its text)." };
        OptionValidation.Probability(threshold);
        var command = new Command("eval", "Score a model: per-label precision/recall on blocks; shingle4, bow and char5 F1 on text; the ten worst pages.")
        {
            data, model, allSplits, threshold,
        };
        command.SetAction((parse, cancellation) => Task.FromResult(EvalRunner.Run(
            parse.GetValue(data) ?? [], parse.GetValue(model), parse.GetValue(allSplits), parse.GetValue(threshold), io, cancellation)));
        return command;
    }
}
