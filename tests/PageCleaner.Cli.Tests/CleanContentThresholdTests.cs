using System.Text.Json;
using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests;

/// <summary>
/// <c>clean --content-threshold</c>: a fixed cut on every page instead of the cut chosen page by page. The chosen cut
/// is at most 0.5, so a stricter fixed one keeps a subset of what the default keeps.
/// </summary>
public sealed class CleanContentThresholdTests
{
    private static List<JsonElement> Blocks(CliRun run) =>
        run.JsonLines().Single().GetProperty("blocks").EnumerateArray().ToList();

    private static bool IsContent(JsonElement block) => block.GetProperty("label").GetString() == "content";

    [Fact]
    public async Task A_strict_threshold_keeps_only_blocks_at_least_that_likely_and_a_subset_of_the_default()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("page.html", TestPages.Fixture("article.html"));

        CliRun chosen = await Tool.RunAsync(temp.Root, "clean", "--format", "json", "page.html");
        CliRun strict = await Tool.RunAsync(temp.Root, "clean", "--format", "json", "--content-threshold", "0.9", "page.html");

        Assert.True(chosen.ExitCode == 0, chosen.ToString());
        Assert.True(strict.ExitCode == 0, strict.ToString());
        List<JsonElement> byDefault = Blocks(chosen), byStrict = Blocks(strict);
        Assert.Equal(byDefault.Count, byStrict.Count);
        Assert.Contains(byStrict, IsContent);
        for (int i = 0; i < byStrict.Count; i++)
        {
            if (!IsContent(byStrict[i])) continue;
            Assert.True(byStrict[i].GetProperty("score").GetSingle() >= 0.9f, byStrict[i].ToString());
            Assert.True(IsContent(byDefault[i]), $"block {i} is content at 0.9 but not by default");
        }
    }

    [Fact]
    public async Task A_threshold_of_zero_keeps_every_visible_block_that_is_not_spam_in_records_too()
    {
        using var temp = new TempFolder();
        string page = File.ReadAllText(TestPages.FixturePath("article.html"));
        temp.WriteText("in.jsonl", JsonSerializer.Serialize(new { id = 1, html = page }) + "\n");

        CliRun all = await Tool.RunAsync(temp.Root, "clean", "--jsonl", "--blocks", "--content-threshold", "0", "in.jsonl");
        CliRun chosen = await Tool.RunAsync(temp.Root, "clean", "--jsonl", "--blocks", "in.jsonl");

        Assert.True(all.ExitCode == 0, all.ToString());
        List<JsonElement> blocks = all.JsonLines().Single().GetProperty("blocks").EnumerateArray().ToList();
        Assert.All(blocks, b => Assert.True(IsContent(b) || b.GetProperty("label").GetString() == "spam" || b.GetProperty("hidden").GetBoolean(), b.ToString()));
        int kept = blocks.Count(IsContent);
        int keptByDefault = chosen.JsonLines().Single().GetProperty("blocks").EnumerateArray().Count(IsContent);
        Assert.True(kept > keptByDefault, $"{kept} blocks kept at 0, {keptByDefault} by default");
    }
}
