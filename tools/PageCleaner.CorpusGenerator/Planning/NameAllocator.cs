using System.Globalization;

namespace PageCleaner.CorpusGenerator.Planning;

/// <summary>
/// Numbers files <c>LANG-KIND-NNN</c> per folder, taking for each file the lowest free number whose path lands on
/// the wanted side of the held-out split.
/// </summary>
internal sealed class NameAllocator(string splitPrefix)
{
    private readonly Dictionary<string, HashSet<int>> _used = new(StringComparer.Ordinal);

    /// <param name="folder">html or text.</param>
    /// <param name="stem">LANG-KIND.</param>
    /// <param name="extension">.html or .labeled.txt.</param>
    /// <param name="heldOut">The side of the split the file must land on.</param>
    public string Next(string folder, string stem, string extension, bool heldOut)
    {
        string key = folder + "/" + stem;
        if (!_used.TryGetValue(key, out HashSet<int>? used)) _used[key] = used = [];
        for (int n = 1; ; n++)
        {
            if (used.Contains(n)) continue;
            string relative = $"{folder}/{stem}-{n.ToString("000", CultureInfo.InvariantCulture)}{extension}";
            if (SplitHash.IsHeldOut(splitPrefix + relative) != heldOut) continue;
            used.Add(n);
            return relative;
        }
    }
}
