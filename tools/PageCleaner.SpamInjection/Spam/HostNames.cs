using System.Text;

namespace PageCleaner.SpamInjection.Spam;

/// <summary>
/// Random-looking host names, as spam link farms register them. Each half of the spam texts has its own top-level
/// domains, so a model trained on the train half cannot recognise measured blocks by their hosts.
/// </summary>
internal static class HostNames
{
    /// <summary>The top-level domains of the eval half.</summary>
    public static readonly string[] EvalSuffixes = [".com", ".cc", ".top", ".xyz", ".vip"];

    /// <summary>The top-level domains of the train half.</summary>
    public static readonly string[] TrainSuffixes = [".net", ".cn", ".me", ".club", ".info"];
    private const string Letters = "abcdefghijklmnopqrstuvwxyz";
    private const string LettersAndDigits = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>A host such as <c>www.k3x9qa.top</c> or <c>m.vbt77.cc</c>.</summary>
    public static string Next(Random random, SpamHalf half)
    {
        string[] suffixes = half == SpamHalf.Eval ? EvalSuffixes : TrainSuffixes;
        var sb = new StringBuilder();
        int prefix = random.Next(4);
        if (prefix == 0) sb.Append("www.");
        else if (prefix == 1) sb.Append(Letters[random.Next(Letters.Length)]).Append('.');
        sb.Append(Letters[random.Next(Letters.Length)]);
        int length = random.Next(4, 10);
        for (int i = 0; i < length; i++) sb.Append(LettersAndDigits[random.Next(LettersAndDigits.Length)]);
        return sb.Append(suffixes[random.Next(suffixes.Length)]).ToString();
    }
}
