namespace PageCleaner.Cli.Checking;

/// <summary>The rule one file is checked with: what fails, from which score, and which findings were accepted.</summary>
/// <param name="FailOn">Spam blocks only, or boilerplate and spam blocks.</param>
/// <param name="MinScore">A block is a finding only when the probability of its label is at least this.</param>
/// <param name="Allowed">Content hashes (<see cref="BlockHash"/>) of findings the repository accepted.</param>
internal sealed record CheckPolicy(FailOn FailOn, double MinScore, IReadOnlySet<string> Allowed)
{
    /// <summary>The score from which a block counts when neither the command line nor a config says otherwise.</summary>
    public const double DefaultMinScore = 0.5;

    /// <summary>Whether <paramref name="block"/> breaks the policy (before the allow-list is consulted).</summary>
    public bool Flags(BlockResult block)
    {
        ArgumentNullException.ThrowIfNull(block);
        bool labelCounts = block.Label == BlockLabel.Spam || (FailOn == FailOn.Boilerplate && block.Label == BlockLabel.Boilerplate);
        return labelCounts && block.Score >= MinScore;
    }

    /// <summary>Whether an obfuscated page is a finding (otherwise it is only noted on stderr).</summary>
    public bool FlagsObfuscation => FailOn == FailOn.Obfuscated;

    /// <summary>The policy's name in messages: <c>spam</c>, <c>boilerplate</c> or <c>obfuscated</c>.</summary>
    public string Name => FailOn switch
    {
        FailOn.Boilerplate => "boilerplate",
        FailOn.Obfuscated => "obfuscated",
        _ => "spam",
    };
}
