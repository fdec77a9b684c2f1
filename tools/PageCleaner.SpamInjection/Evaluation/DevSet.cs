using System.Text;
using PageCleaner.Learning.Training;

namespace PageCleaner.SpamInjection.Evaluation;

/// <summary>One page of a development set: its HTML file and what is known of its article.</summary>
/// <param name="Set">The set's folder name.</param>
/// <param name="Id">The page id.</param>
/// <param name="PagePath">pages/ID.html.</param>
/// <param name="Truth">The full expected text (truth/ID.txt), or null when the set has only snippets.</param>
/// <param name="Locator">Text to find the article by: the truth, or the must-have snippets joined.</param>
internal sealed record DevPage(string Set, string Id, string PagePath, string? Truth, string Locator)
{
    /// <summary>
    /// The page's must-have / must-not-have snippets, <c>snippets/ID.json</c> beside <c>pages/</c> (there when
    /// <see cref="Truth"/> is null).
    /// </summary>
    public string SnippetsPath => DevSet.SnippetsPath(Path.GetDirectoryName(Path.GetDirectoryName(PagePath))!, Id);
}

/// <summary>Reads the development sets laid out as <c>SET/pages</c>, <c>truth</c>, <c>snippets</c>, <c>split.tsv</c>.</summary>
internal static class DevSet
{
    /// <summary>The pages of <paramref name="split"/> in every set under <paramref name="root"/>, sorted by set and id.</summary>
    public static List<DevPage> Read(string root, string split)
    {
        if (!Directory.Exists(root)) throw new IOException($"{root}: no such folder");
        var pages = new List<DevPage>();
        foreach (string set in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            string splitFile = Path.Combine(set, "split.tsv");
            if (!File.Exists(splitFile) || !Directory.Exists(Path.Combine(set, "pages"))) continue;
            string name = Path.GetFileName(set);
            // Ids in the order split.tsv lists them (the injections are planned over that order).
            foreach (string id in SampleCatalog.ReadSplits(splitFile).Where(kv => kv.Value == split).Select(kv => kv.Key))
            {
                string page = Path.Combine(set, "pages", id + ".html");
                if (!File.Exists(page)) continue;
                string truthFile = Path.Combine(set, "truth", id + ".txt");
                string snippets = SnippetsPath(set, id);
                string? truth = File.Exists(truthFile) ? File.ReadAllText(truthFile, Encoding.UTF8) : null;
                string? locator = truth ?? (File.Exists(snippets) ? string.Join("\n", SampleLoader.ReadSnippets(snippets).With) : null);
                if (locator is not null && locator.Trim().Length > 0) pages.Add(new DevPage(name, id, page, truth, locator));
            }
        }
        if (pages.Count == 0) throw new IOException($"{root}: no '{split}' pages found (expected SET/split.tsv and SET/pages/ID.html)");
        return pages;
    }

    /// <summary>Where a set keeps a page's snippets.</summary>
    public static string SnippetsPath(string setFolder, string id) => Path.Combine(setFolder, "snippets", id + ".json");
}
