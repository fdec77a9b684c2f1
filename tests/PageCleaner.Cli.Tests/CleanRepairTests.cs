using System.Text.Json;
using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests;

/// <summary><c>clean --repair</c>: pinyin annotations leave the clean text; the verdict still says the page was obfuscated.</summary>
public sealed class CleanRepairTests
{
    [Fact]
    public async Task Repair_gives_the_text_without_annotations_and_plain_clean_keeps_them()
    {
        using var temp = new TempFolder();
        temp.WriteText("farm.txt", ObfuscatedPages.Dump(annotated: true));

        CliRun repaired = await Tool.RunAsync(temp.Root, "clean", "--repair", "farm.txt");
        CliRun plain = await Tool.RunAsync(temp.Root, "clean", "farm.txt");

        Assert.True(repaired.ExitCode == 0, repaired.ToString());
        Assert.StartsWith(ObfuscatedPages.Title + "\n", repaired.StdoutText, StringComparison.Ordinal);
        foreach (string p in ObfuscatedPages.Paragraphs) Assert.Contains(p, repaired.StdoutText, StringComparison.Ordinal);
        Assert.DoesNotContain("(", repaired.StdoutText, StringComparison.Ordinal);
        Assert.Contains("園(yuán)", plain.StdoutText, StringComparison.Ordinal);
        repaired.AssertNoStackTrace();
    }

    [Fact]
    public async Task Json_output_reports_the_obfuscation_and_carries_the_repaired_text()
    {
        using var temp = new TempFolder();
        temp.WriteText("farm.txt", ObfuscatedPages.Dump(annotated: true));
        temp.WriteText("plain.txt", ObfuscatedPages.Dump(annotated: false));

        CliRun run = await Tool.RunAsync(temp.Root, "clean", "--repair", "--format", "json", "farm.txt", "plain.txt");

        Assert.True(run.ExitCode == 0, run.ToString());
        List<JsonElement> pages = run.JsonLines();
        JsonElement farm = pages.Single(p => p.GetProperty("source").GetString()!.EndsWith("farm.txt", StringComparison.Ordinal));
        JsonElement plain = pages.Single(p => p.GetProperty("source").GetString()!.EndsWith("plain.txt", StringComparison.Ordinal));
        Assert.True(farm.GetProperty("verdict").GetProperty("obfuscated").GetBoolean());
        Assert.Equal(["pinyin"], farm.GetProperty("verdict").GetProperty("obfuscation").GetProperty("kinds").EnumerateArray().Select(k => k.GetString()));
        Assert.InRange(farm.GetProperty("verdict").GetProperty("obfuscation").GetProperty("pinyinAnnotations").GetInt32(), 20, 200);
        Assert.False(plain.GetProperty("verdict").GetProperty("obfuscated").GetBoolean());
        // Repaired, the farm's text holds the plain page's article as written. The repair changes only the rendering:
        // the model saw the annotated lines, so a borderline line (the byline) may be judged otherwise.
        AssertSameArticle(plain.GetProperty("text").GetString()!, farm.GetProperty("text").GetString()!);
    }

    [Fact]
    public async Task Jsonl_records_get_obfuscated_and_a_repaired_clean_text()
    {
        using var temp = new TempFolder();
        string record(int id, bool annotated) => JsonSerializer.Serialize(new { id, text = ObfuscatedPages.Dump(annotated) });
        temp.WriteText("in.jsonl", record(1, true) + "\n" + record(2, false) + "\n");

        CliRun repaired = await Tool.RunAsync(temp.Root, "clean", "--jsonl", "--repair", "in.jsonl");
        CliRun plain = await Tool.RunAsync(temp.Root, "clean", "--jsonl", "in.jsonl");

        Assert.True(repaired.ExitCode == 0, repaired.ToString());
        List<JsonElement> records = repaired.JsonLines();
        Assert.True(records[0].GetProperty("obfuscated").GetBoolean());
        Assert.False(records[1].GetProperty("obfuscated").GetBoolean());
        AssertSameArticle(records[1].GetProperty("clean_text").GetString()!, records[0].GetProperty("clean_text").GetString()!);
        Assert.Contains("(yuán)", plain.JsonLines()[0].GetProperty("clean_text").GetString(), StringComparison.Ordinal);
        Assert.True(plain.JsonLines()[0].GetProperty("obfuscated").GetBoolean());
    }

    // Title and paragraphs in both texts, no annotation left in the repaired one, and no furniture in either.
    private static void AssertSameArticle(string plain, string repaired)
    {
        foreach (string part in ObfuscatedPages.Paragraphs.Prepend(ObfuscatedPages.Title))
        {
            Assert.Contains(part, plain, StringComparison.Ordinal);
            Assert.Contains(part, repaired, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("(", repaired, StringComparison.Ordinal);
        Assert.DoesNotContain("網友評論", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("網友評論", repaired, StringComparison.Ordinal);
    }
}
