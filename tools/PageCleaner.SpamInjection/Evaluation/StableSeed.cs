namespace PageCleaner.SpamInjection.Evaluation;

/// <summary>Seeds derived from names, the same on every run and platform (unlike string.GetHashCode).</summary>
internal static class StableSeed
{
    /// <summary>FNV-1a of <paramref name="name"/> mixed with <paramref name="seed"/>, as a non-negative int.</summary>
    public static int Of(int seed, string name)
    {
        uint hash = 2166136261 ^ (uint)seed;
        foreach (char c in name)
        {
            hash ^= c;
            hash *= 16777619;
        }
        return (int)(hash & 0x7fffffff);
    }
}
