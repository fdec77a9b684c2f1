using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests;

/// <summary>Results that already exist under -o are kept (the page is skipped) unless --overwrite is given.</summary>
public sealed class ExistingOutputTests
{
    private static readonly DateTime LongAgo = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    [Fact]
    public async Task Second_run_without_overwrite_skips_every_page_and_leaves_results_untouched()
    {
        using var temp = new TempFolder();
        SiteFolder.Write(temp, "site");
        CliRun first = await Tool.RunAsync(temp.Root, "clean", "site", "-o", "out");
        Assert.True(first.ExitCode == 0, first.ToString());
        var before = new Dictionary<string, byte[]>();
        foreach (string file in temp.FilesUnder("out"))
        {
            before[file] = temp.ReadBytes("out/" + file);
            File.SetLastWriteTimeUtc(temp.PathOf("out/" + file), LongAgo);
        }
        // A result edited by hand must survive too, not only one that happens to be re-created identically.
        temp.WriteText("out/index.txt", "kept by the user\n");
        File.SetLastWriteTimeUtc(temp.PathOf("out/index.txt"), LongAgo);
        before["index.txt"] = temp.ReadBytes("out/index.txt");

        CliRun second = await Tool.RunAsync(temp.Root, "clean", "site", "-o", "out");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.StartsWith($"pagecleaner: {SiteFolder.Pages.Length} pages, 0 failed, {SiteFolder.Pages.Length} skipped (output exists),", Assert.Single(second.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), temp.FilesUnder("out"));
        foreach (var (file, bytes) in before)
        {
            Assert.Equal(bytes, temp.ReadBytes("out/" + file));
            Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(temp.PathOf("out/" + file)));
        }
    }

    [Fact]
    public async Task Only_the_pages_whose_result_exists_are_skipped()
    {
        using var temp = new TempFolder();
        SiteFolder.Write(temp, "site");
        await Tool.RunAsync(temp.Root, "clean", "site", "-o", "out");
        File.Delete(temp.PathOf("out/news/2025/harbor.txt"));

        CliRun second = await Tool.RunAsync(temp.Root, "clean", "site", "-o", "out");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.StartsWith($"pagecleaner: {SiteFolder.Pages.Length} pages, 0 failed, {SiteFolder.Pages.Length - 1} skipped (output exists),", second.Summary, StringComparison.Ordinal);
        Assert.Contains(TestPages.ArticleParagraphs[0], temp.ReadText("out/news/2025/harbor.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overwrite_replaces_existing_results()
    {
        using var temp = new TempFolder();
        SiteFolder.Write(temp, "site");
        CliRun first = await Tool.RunAsync(temp.Root, "clean", "site", "-o", "out");
        Assert.True(first.ExitCode == 0, first.ToString());
        byte[] fresh = temp.ReadBytes("out/news/2025/harbor.txt");
        foreach (string file in temp.FilesUnder("out")) temp.WriteText("out/" + file, "stale\n");

        CliRun second = await Tool.RunAsync(temp.Root, "clean", "site", "-o", "out", "--overwrite");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.StartsWith($"pagecleaner: {SiteFolder.Pages.Length} pages, 0 failed, 0 skipped (output exists),", second.Summary, StringComparison.Ordinal);
        Assert.Equal(fresh, temp.ReadBytes("out/news/2025/harbor.txt"));
        foreach (string file in temp.FilesUnder("out")) Assert.NotEqual("stale\n", temp.ReadText("out/" + file));
    }
}
