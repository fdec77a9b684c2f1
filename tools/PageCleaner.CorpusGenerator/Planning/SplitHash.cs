namespace PageCleaner.CorpusGenerator.Planning;

/// <summary>
/// The held-out rule of <c>pagecleaner train</c> (one file in five, by an FNV-1a hash of its lower-cased path relative
/// to the data folder). The generator names files with it so that every rendition of one article falls on the same
/// side of the split: otherwise the held-out scores would be measured on articles the model was trained on.
/// </summary>
internal static class SplitHash
{
    public static bool IsHeldOut(string relativePath)
    {
        uint hash = 2166136261;
        foreach (char c in relativePath.Replace('\\', '/').ToLowerInvariant())
        {
            hash ^= c;
            hash *= 16777619;
        }
        return hash % 5 == 0;
    }
}
