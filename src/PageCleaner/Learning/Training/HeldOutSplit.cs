namespace PageCleaner.Learning.Training;

/// <summary>
/// Decides from a file's relative path alone whether it is held out, so adding a file never moves another one
/// between the training and held-out parts. About one file in five is held out.
/// </summary>
internal static class HeldOutSplit
{
    public const int OneIn = 5;

    public static bool IsHeldOut(string relativePath)
    {
        // FNV-1a over the lower-cased path: stable across runs and platforms, unlike string.GetHashCode.
        uint hash = 2166136261;
        foreach (char c in relativePath.Replace('\\', '/').ToLowerInvariant())
        {
            hash ^= c;
            hash *= 16777619;
        }
        return hash % OneIn == 0;
    }
}
