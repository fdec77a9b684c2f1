using System.CommandLine;
using System.Globalization;
using PageCleaner.Learning.Training;

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
            Description = "Where to write the model, atomically.",
            DefaultValueFactory = _ => Path.Combine("models", "default.pcmodel"),
        };
        var overwrite = new Option<bool>("--overwrite")
        {
            Description = "Replace the model file if it exists (by default an existing file is kept and training does not start).",
        };
        var validate = new Option<string[]>("--validate")
        {
            Description = "Labeled samples used only for the held-out scores (never trained on).",
            AllowMultipleArgumentsPerToken = true,
        };
        var noHoldOut = new Option<bool>("--no-hold-out")
        {
            Description = "Train on every sample file too: by default about one file in five outside data sets is held out for the scores. A data set's validation and test pages stay held out either way.",
        };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same data and seed give the same model file.", DefaultValueFactory = _ => 42 };
        var defaults = new TrainingOptions();
        var iterations = new Option<int>("--iterations") { Description = "Boosting rounds per stage.", DefaultValueFactory = _ => defaults.Iterations };
        var leaves = new Option<int>("--leaves") { Description = "Leaves per tree.", DefaultValueFactory = _ => defaults.Leaves };
        var minLeaf = new Option<int>("--min-leaf") { Description = "Fewest training blocks in a leaf.", DefaultValueFactory = _ => defaults.MinExamplesPerLeaf };
        var rate = new Option<double>("--learning-rate") { Description = "Shrinkage of each tree.", DefaultValueFactory = _ => defaults.LearningRate };
        var featureFraction = new Option<double>("--feature-fraction")
        {
            Description = "Share of the features each tree may split on, drawn per tree from the seed.",
            DefaultValueFactory = _ => defaults.FeatureFraction,
        };
        var command = new Command("train", "Train the block classifier on labeled pages and write the model file.")
        {
            data, validate, noHoldOut, output, overwrite, seed, iterations, leaves, minLeaf, rate, featureFraction,
        };
        OptionValidation.AtLeast(iterations, 1);
        OptionValidation.AtLeast(leaves, 2);
        OptionValidation.AtLeast(minLeaf, 1);
        AboveZeroAtMostOne(rate);
        AboveZeroAtMostOne(featureFraction);
        command.SetAction((parse, cancellation) =>
        {
            var options = new TrainingOptions
            {
                Seed = parse.GetValue(seed),
                Iterations = parse.GetValue(iterations),
                Leaves = parse.GetValue(leaves),
                MinExamplesPerLeaf = parse.GetValue(minLeaf),
                LearningRate = parse.GetValue(rate),
                FeatureFraction = parse.GetValue(featureFraction),
            };
            var settings = new TrainSettings(
                parse.GetValue(data) ?? [], parse.GetValue(validate) ?? [], parse.GetValue(output)!, parse.GetValue(overwrite), options,
                parse.GetValue(noHoldOut) ? HoldOut.None : HoldOut.Fifth);
            return Task.FromResult(TrainRunner.Run(settings, io, cancellation));
        });
        return command;
    }

    private static void AboveZeroAtMostOne(Option<double> option)
    {
        option.Validators.Add(r =>
        {
            // A value that is not a number is left to the parser, which reports it as a usage error.
            if (r.Tokens.Count > 0 && !double.TryParse(r.Tokens[^1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) return;
            double v = r.GetValueOrDefault<double>();
            if (!(v > 0 && v <= 1)) r.AddError($"{option.Name} must be above 0 and at most 1");
        });
    }
}
