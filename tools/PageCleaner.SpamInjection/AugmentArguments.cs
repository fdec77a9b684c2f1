namespace PageCleaner.SpamInjection;

/// <summary>The options of the <c>augment</c> command.</summary>
internal sealed record AugmentArguments(string DevData, string Output, int VariantsPerPage, int Seed)
{
    public const string Usage = """
        augment --dev-data DIR --out DIR [--variants N] [--seed N]
          --dev-data  folder of development sets; only their 'train' split is used
          --out       new or empty folder for the training set (keep it outside the repository)
          --variants  injected copies of each training page (default 1)
          --seed      seed of the injections (default 1)
        """;

    public static AugmentArguments Parse(IReadOnlyList<string> args)
    {
        var values = ArgumentReader.Read(args, ["--dev-data", "--out", "--variants", "--seed"]);
        return new AugmentArguments(
            values.GetValueOrDefault("--dev-data") ?? throw new ArgumentException("--dev-data is required"),
            values.GetValueOrDefault("--out") ?? throw new ArgumentException("--out is required"),
            ArgumentReader.Positive(values, "--variants", 1),
            ArgumentReader.Integer(values, "--seed", 1));
    }
}
