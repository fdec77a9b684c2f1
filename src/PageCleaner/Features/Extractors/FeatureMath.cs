namespace PageCleaner.Features.Extractors;

/// <summary>Small numeric helpers shared by the extractors.</summary>
internal static class FeatureMath
{
    public static float Log(int count) => MathF.Log(1 + Math.Max(count, 0));

    public static float Ratio(int part, int whole) => whole <= 0 ? 0 : part / (float)whole;

    public static float Flag(bool value) => value ? 1f : 0f;

    /// <summary>1 for distance 0, 1/2 for 1, ..., 0 for none (-1).</summary>
    public static float Nearness(int distance) => distance < 0 ? 0 : 1f / (1 + distance);
}
