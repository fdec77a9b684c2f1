using System.CommandLine;
using System.Globalization;

namespace PageCleaner.Cli.Commands;

/// <summary>Checks shared by the commands' options.</summary>
internal static class OptionValidation
{
    /// <summary>
    /// <paramref name="option"/> must be at least <paramref name="min"/>. A value that is not a number is left to the
    /// parser, which reports it as a usage error (reading it here would throw).
    /// </summary>
    public static void AtLeast(Option<int> option, int min) => option.Validators.Add(r =>
    {
        if (r.Tokens.Count > 0 && !int.TryParse(r.Tokens[^1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)) return;
        if (r.GetValueOrDefault<int>() < min) r.AddError($"{option.Name} must be at least {min}");
    });

    /// <summary><paramref name="option"/>, when given, must be a probability (0 to 1).</summary>
    public static void Probability(Option<float?> option) => option.Validators.Add(r =>
    {
        if (r.Tokens.Count > 0 && !float.TryParse(r.Tokens[^1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) return;
        if (r.GetValueOrDefault<float?>() is float p && !(p >= 0 && p <= 1)) r.AddError($"{option.Name} must be between 0 and 1");
    });
}
