using System.CommandLine;

namespace PageCleaner.Cli.Commands;

/// <summary><c>pagecleaner train</c>: rebuild the model from labeled pages.</summary>
internal static class TrainCommand
{
    public static Command Create(ConsoleStreams io)
    {
        var data = new Option<string[]>("--data", "-d")
        {
            Description = "Labeled samples: annotated HTML (data-pc-label), *.labeled.txt dumps, page.html + page.txt pairs, *.jsonl records, data-set folders (pages/, truth/ or snippets/, split.tsv).",
            DefaultValueFactory = _ => ["training-data"],
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<string>("--out")
        {
            Description = "Where to write the model (replaced atomically).",
            DefaultValueFactory = _ => Path.Combine("models", "default.pcmodel"),
        };
        var validate = new Option<string[]>("--validate")
        {
            Description = "Labeled samples used only for the held-out scores (never trained on).",
            AllowMultipleArgumentsPerToken = true,
        };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same data and seed give the same model file.", DefaultValueFactory = _ => 42 };
        var command = new Command("train", "Train the block classifier on labeled pages and write the model file.") { data, validate, output, seed };
        command.SetAction((parse, cancellation) =>
            Task.FromResult(TrainRunner.Run(
                new TrainSettings(parse.GetValue(data) ?? [], parse.GetValue(validate) ?? [], parse.GetValue(output)!, parse.GetValue(seed)), io, cancellation)));
        return command;
    }
}
