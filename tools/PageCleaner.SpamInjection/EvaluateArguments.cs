using System.Globalization;

namespace PageCleaner.SpamInjection;

/// <summary>The options of the <c>evaluate</c> command.</summary>
internal sealed record EvaluateArguments(string DevData, string Split, string? Model, string? Seeds, int CasesPerCell, int Seed, int Threads, string? Output, float SpamThreshold = 0.5f)
{
    public const string Usage = """
        evaluate --dev-data DIR [--split validation] [--model FILE] [--seeds DIR] [--cases N] [--seed N] [--threads N] [--out FILE] [--spam-threshold P]
          --dev-data  folder of development sets (SET/pages, truth, snippets, split.tsv)
          --split     the split measured (default validation)
          --model     a model file from 'pagecleaner train' (default: the model built into the library)
          --seeds     folder with the seed pages 000_*.txt and 001_*.txt (default: DIR/../seeds)
          --cases     least injected cases per hiding method x place cell (default 100)
          --seed      seed of the injections (default 1)
          --threads   pages measured at once (default: all cores)
          --out       also write the Markdown report to this file
          --spam-threshold  spam probability at which a block is labeled spam (default: the cleaner's, 0.5)
        """;

    public static EvaluateArguments Parse(IReadOnlyList<string> args)
    {
        var values = ArgumentReader.Read(args, ["--dev-data", "--split", "--model", "--seeds", "--cases", "--seed", "--threads", "--out", "--spam-threshold"]);
        string devData = values.GetValueOrDefault("--dev-data") ?? throw new ArgumentException("--dev-data is required");
        return new EvaluateArguments(
            devData,
            values.GetValueOrDefault("--split") ?? "validation",
            values.GetValueOrDefault("--model"),
            values.GetValueOrDefault("--seeds") ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(devData.TrimEnd('/', '\\')))!, "seeds"),
            ArgumentReader.Positive(values, "--cases", 100),
            ArgumentReader.Integer(values, "--seed", 1),
            ArgumentReader.Positive(values, "--threads", Environment.ProcessorCount),
            values.GetValueOrDefault("--out"),
            ArgumentReader.Probability(values, "--spam-threshold", CleanerOptions.Default.SpamThreshold));
    }
}

/// <summary>Reads <c>--name value</c> pairs.</summary>
internal static class ArgumentReader
{
    public static Dictionary<string, string> Read(IReadOnlyList<string> args, IReadOnlyCollection<string> known)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < args.Count; i++)
        {
            if (!known.Contains(args[i])) throw new ArgumentException($"unknown argument '{args[i]}'");
            if (i + 1 >= args.Count) throw new ArgumentException($"{args[i]} needs a value");
            values[args[i]] = args[++i];
        }
        return values;
    }

    public static int Integer(Dictionary<string, string> values, string name, int fallback)
    {
        if (!values.TryGetValue(name, out string? text)) return fallback;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) ? n : throw new ArgumentException($"{name} must be a whole number, not '{text}'");
    }

    public static float Probability(Dictionary<string, string> values, string name, float fallback)
    {
        if (!values.TryGetValue(name, out string? text)) return fallback;
        return float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out float p) && p > 0 && p <= 1
            ? p
            : throw new ArgumentException($"{name} must be a probability above 0 and at most 1, not '{text}'");
    }

    public static int Positive(Dictionary<string, string> values, string name, int fallback)
    {
        int n = Integer(values, name, fallback);
        return n > 0 ? n : throw new ArgumentException($"{name} must be at least 1");
    }
}
