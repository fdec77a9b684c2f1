using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests;

/// <summary>A folder given to <c>clean</c> is searched recursively for *.html, *.htm and *.txt, and nothing else.</summary>
public sealed class FolderInputTests
{
    [Fact]
    public async Task Folder_is_searched_recursively_for_pages_only_in_path_order()
    {
        using var temp = new TempFolder();
        SiteFolder.Write(temp, "site");

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "site", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var sources = run.JsonLines().Select(p => p.GetProperty("source").GetString()).ToList();
        Assert.Equal(SiteFolder.Pages.Select(p => "site/" + p), sources);
        Assert.StartsWith($"pagecleaner: {SiteFolder.Pages.Length} pages, 0 failed,", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_output_of_a_folder_heads_each_page_with_its_path()
    {
        using var temp = new TempFolder();
        SiteFolder.Write(temp, "site");

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "site");

        Assert.True(run.ExitCode == 0, run.ToString());
        var headers = run.StdoutText.Split('\n').Where(l => l.StartsWith("==> ", StringComparison.Ordinal)).ToList();
        Assert.Equal(SiteFolder.Pages.Select(p => $"==> site/{p} <=="), headers);
        string harbor = run.StdoutText.Split("==> site/news/2025/harbor.html <==\n")[1].Split("==> ")[0];
        Assert.Contains(TestPages.ArticleParagraphs[2], harbor, StringComparison.Ordinal);
    }
}
