namespace PageCleaner.Cli.Tests.Support;

/// <summary>A folder of scraped pages in sub-folders, mixed with files that are not pages.</summary>
internal static class SiteFolder
{
    /// <summary>The pages, relative to the site folder, in the order clean processes them (ordinal).</summary>
    public static readonly string[] Pages = ["blog/dump.txt", "blog/notes.htm", "index.html", "news/2025/harbor.html", "upper/PAGE.HTML"];

    /// <summary>Writes the site under <paramref name="relativeFolder"/> of <paramref name="temp"/>.</summary>
    public static void Write(TempFolder temp, string relativeFolder)
    {
        temp.WriteText($"{relativeFolder}/index.html", TestPages.Article(1).Content);
        temp.WriteBytes($"{relativeFolder}/news/2025/harbor.html", TestPages.Fixture("article.html"));
        temp.WriteText($"{relativeFolder}/blog/notes.htm", TestPages.Article(2).Content);
        temp.WriteBytes($"{relativeFolder}/blog/dump.txt", TestPages.Fixture("dump.txt"));
        temp.WriteText($"{relativeFolder}/upper/PAGE.HTML", TestPages.Article(3).Content);
        // Not pages: these must be left alone (a PNG would be reported as a bad page if it were read).
        temp.WriteText($"{relativeFolder}/assets/style.css", "body { font-family: Georgia, serif; }\n");
        temp.WriteBytes($"{relativeFolder}/assets/logo.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]);
        temp.WriteText($"{relativeFolder}/readme.md", "# Scraped site\n\nPages saved on 2025-05-01.\n");
        temp.WriteText($"{relativeFolder}/data.json", "{\"pages\": 5}\n");
    }

    /// <summary>Where clean -o puts the result of <paramref name="page"/> for a result extension such as ".md".</summary>
    public static string ResultOf(string page, string extension) => Path.ChangeExtension(page, extension);
}
