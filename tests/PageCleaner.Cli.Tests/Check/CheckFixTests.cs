using System.Text;
using System.Text.Json;
using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests.Check;

/// <summary>
/// --fix: text dumps and JSONL text fields are written back without the flagged lines, every other byte kept, and the
/// run fails so the change is reviewed; HTML is never rewritten; a second run passes.
/// </summary>
public sealed class CheckFixTests
{
    [Theory]
    [InlineData("\n", false)]
    [InlineData("\r\n", false)]
    [InlineData("\r\n", true)]
    [InlineData("\r", false)]
    public async Task A_dump_loses_exactly_its_spam_line_and_keeps_its_line_ends_and_bom(string newline, bool bom)
    {
        using var repo = new CheckRepo();
        byte[] prefix = bom ? [0xEF, 0xBB, 0xBF] : [];
        repo.Files.WriteBytes("dump.txt", [.. prefix, .. Encoding.UTF8.GetBytes(CheckPages.Dump(spam: true, newline))]);

        CliRun fix = await repo.CheckAsync("dump.txt", "--fix");
        CliRun after = await repo.CheckAsync("dump.txt");

        Assert.True(fix.ExitCode == 1, fix.ToString());
        Assert.Single(FindingLine.All(fix)); // the finding that was fixed is still shown
        Assert.Contains("pagecleaner: dump.txt: rewritten without the 1 flagged line", fix.ErrorLines);
        Assert.Contains("--fix rewrote 1 file", fix.Summary, StringComparison.Ordinal);
        Assert.Equal([.. prefix, .. Encoding.UTF8.GetBytes(CheckPages.Dump(spam: false, newline))], repo.Files.ReadBytes("dump.txt"));
        Assert.True(after.ExitCode == 0, after.ToString());
        Assert.Equal([".git/", "dump.txt"], Listing(repo)); // no temporary file left behind
    }

    [Fact]
    public async Task Allowed_findings_are_kept_and_the_boilerplate_policy_removes_furniture_too()
    {
        using var repo = new CheckRepo();
        repo.Write("dump.txt", CheckPages.Dump(spam: true));
        FindingLine spam = Assert.Single(FindingLine.All(await repo.CheckAsync("dump.txt")));
        repo.Write(".pagecleaner.json", $"{{ \"failOn\": \"boilerplate\", \"allow\": [\"{spam.Hash}\"] }}");

        CliRun fix = await repo.CheckAsync("dump.txt", "--fix");

        Assert.Equal(1, fix.ExitCode);
        string fixedText = repo.Read("dump.txt");
        Assert.Contains(CheckPages.SpamLine, fixedText, StringComparison.Ordinal); // allowed: kept
        Assert.DoesNotContain(CheckPages.Footer[1], fixedText, StringComparison.Ordinal);
        foreach (string p in CheckPages.Paragraphs) Assert.Contains(p, fixedText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_is_reported_but_never_rewritten()
    {
        using var repo = new CheckRepo();
        string page = CheckPages.Html(spam: true);
        repo.Write("page.html", page);

        CliRun fix = await repo.CheckAsync("page.html", "--fix");

        Assert.Equal(1, fix.ExitCode);
        Assert.Single(FindingLine.All(fix));
        Assert.Contains(fix.ErrorLines, l => l.StartsWith("pagecleaner: page.html: not rewritten: --fix does not edit HTML", StringComparison.Ordinal));
        Assert.Equal(page, repo.Read("page.html"));
        Assert.DoesNotContain("rewrote", fix.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jsonl_text_fields_lose_the_spam_lines_other_documents_stay_byte_for_byte()
    {
        using var repo = new CheckRepo();
        string clean = "{\"id\":1, \"text\": \"Caf\\u00e9 opens\\nBy the harbour\", \"meta\": {\"n\": 1.50}}";
        string spamText = CheckPages.JsonLine(2, "text", CheckPages.Dump(spam: true));
        string spamHtml = CheckPages.JsonLine(3, "html", CheckPages.Html(spam: true));
        string original = clean + "\n" + spamText + "\n" + spamHtml + "\n";
        repo.Write("docs.jsonl", original);

        CliRun fix = await repo.CheckAsync("docs.jsonl", "--fix");

        Assert.Equal(1, fix.ExitCode);
        Assert.Equal([2, 3], FindingLine.All(fix).Select(f => f.Line));
        string note = Assert.Single(fix.ErrorLines, l => l.StartsWith("pagecleaner: docs.jsonl: ", StringComparison.Ordinal));
        Assert.Contains("the flagged lines removed from the text of 1 document", note, StringComparison.Ordinal);
        Assert.Contains("not rewritten: 1 document read from an html field", note, StringComparison.Ordinal);
        string[] lines = repo.Read("docs.jsonl").Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Equal(clean, lines[0]);
        Assert.Equal(spamHtml, lines[2]);
        Assert.Equal("", lines[3]);
        using JsonDocument doc = JsonDocument.Parse(lines[1]);
        Assert.Equal(["id", "text", "lang"], doc.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, doc.RootElement.GetProperty("id").GetInt32());
        Assert.Equal(CheckPages.Dump(spam: false), doc.RootElement.GetProperty("text").GetString());

        CliRun after = await repo.CheckAsync("docs.jsonl");
        Assert.Equal([3], FindingLine.All(after).Select(f => f.Line)); // only the HTML document is left
    }

    [Fact]
    public async Task Nothing_to_fix_writes_nothing_and_passes()
    {
        using var repo = new CheckRepo();
        string path = repo.Write("dump.txt", CheckPages.Dump(spam: false));
        DateTime written = File.GetLastWriteTimeUtc(path);
        File.SetLastWriteTimeUtc(path, written.AddHours(-1));

        CliRun run = await repo.CheckAsync("dump.txt", "--fix");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(written.AddHours(-1), File.GetLastWriteTimeUtc(path));
    }

    private static List<string> Listing(CheckRepo repo) =>
        Directory.EnumerateFileSystemEntries(repo.Root)
            .Select(p => Path.GetFileName(p) + (Directory.Exists(p) ? "/" : ""))
            .Order(StringComparer.Ordinal)
            .ToList();
}
