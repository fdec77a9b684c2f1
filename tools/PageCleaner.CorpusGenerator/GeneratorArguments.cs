using System.Globalization;

namespace PageCleaner.CorpusGenerator;

/// <summary>The command line: <c>--out DIR [--seed N] [--pages N] [--dumps N] [--parts DIR] [--split-prefix P] [--overwrite]</c>.</summary>
internal sealed record GeneratorArguments(string Out, long Seed, int Pages, int Dumps, string Parts, string SplitPrefix, bool Overwrite)
{
    public const string Usage =
        "usage: PageCleaner.CorpusGenerator --out DIR [--seed N] [--pages N] [--dumps N] [--parts DIR] [--split-prefix PREFIX] [--overwrite]\n" +
        "  --out DIR            where to write html/, text/ and MANIFEST.tsv (e.g. training-data/generated)\n" +
        "  --seed N             random seed (default 1); the same seed and parts give the same files\n" +
        "  --pages N            annotated HTML pages (default 330)\n" +
        "  --dumps N            labeled text dumps (default 120)\n" +
        "  --parts DIR          the parts to compose pages from (default training-data/parts)\n" +
        "  --split-prefix P     the output folder's path relative to the training data folder, for the held-out split\n" +
        "                       (default: the output folder's name and '/', e.g. generated/)\n" +
        "  --overwrite          replace a corpus already in DIR";

    /// <summary>Parses the arguments; a usage problem is an <see cref="ArgumentException"/> with a one-line message.</summary>
    public static GeneratorArguments Parse(string[] args)
    {
        string? output = null, parts = null, prefix = null;
        long seed = 1;
        int pages = Planning.GeneratorSettings.DefaultPages, dumps = Planning.GeneratorSettings.DefaultDumps;
        bool overwrite = false;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{arg} needs a value");
            switch (arg)
            {
                case "--out": output = Value(); break;
                case "--parts": parts = Value(); break;
                case "--split-prefix": prefix = Value(); break;
                case "--seed": seed = Number(arg, Value(), long.MinValue); break;
                case "--pages": pages = (int)Number(arg, Value(), 0); break;
                case "--dumps": dumps = (int)Number(arg, Value(), 0); break;
                case "--overwrite": overwrite = true; break;
                default: throw new ArgumentException($"unknown argument '{arg}'");
            }
        }
        if (output is null) throw new ArgumentException("--out DIR is required");
        prefix ??= Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(output))) + "/";
        if (prefix.Length > 0 && !prefix.EndsWith('/')) prefix += "/";
        return new GeneratorArguments(output, seed, pages, dumps, parts ?? Path.Combine("training-data", "parts"), prefix, overwrite);
    }

    private static long Number(string name, string value, long min)
    {
        bool valid = long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out long n) && n >= min;
        // Counts (min 0) must also fit an int.
        if (!valid || (min == 0 && n > int.MaxValue)) throw new ArgumentException($"{name}: '{value}' is not a valid number");
        return n;
    }
}
