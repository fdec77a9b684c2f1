using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests.Check;

/// <summary>Accepting a finding by the hash its line prints: it survives moves, not edits.</summary>
public sealed class CheckAllowListTests
{
    [Fact]
    public async Task An_allowed_finding_passes_and_still_passes_after_the_block_moves_to_another_line_and_file()
    {
        using var repo = new CheckRepo();
        repo.Write("dump.txt", CheckPages.Dump(spam: true));
        FindingLine first = Assert.Single(FindingLine.All(await repo.CheckAsync("dump.txt")));
        repo.Write(".pagecleaner.json", $"{{ \"allow\": [{{ \"hash\": \"{first.Hash.ToUpperInvariant()}\", \"note\": \"sponsor links kept on purpose\" }}] }}");

        CliRun allowed = await repo.CheckAsync("dump.txt");
        // Moved: two lines further down and into another file, with different spacing.
        repo.Write("moved.txt", "Extra line one\nExtra line two\n" + CheckPages.Dump(spam: true).Replace(" | ", "  |  ", StringComparison.Ordinal));
        CliRun moved = await repo.CheckAsync("moved.txt");

        Assert.True(allowed.ExitCode == 0, allowed.ToString());
        Assert.Empty(allowed.Stdout);
        Assert.Contains("0 findings (1 allowed)", allowed.Summary, StringComparison.Ordinal);
        Assert.True(moved.ExitCode == 0, moved.ToString());
        Assert.Contains("(1 allowed)", moved.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_the_allowed_text_makes_it_a_finding_again_with_a_new_hash()
    {
        using var repo = new CheckRepo();
        repo.Write("dump.txt", CheckPages.Dump(spam: true));
        FindingLine first = Assert.Single(FindingLine.All(await repo.CheckAsync("dump.txt")));
        repo.Write(".pagecleaner.json", $"{{ \"allow\": [\"{first.Hash}\"] }}");
        repo.Write("dump.txt", CheckPages.Dump(spam: true).Replace("instant payday loans", "instant payday loans today", StringComparison.Ordinal));

        CliRun run = await repo.CheckAsync("dump.txt");

        Assert.Equal(1, run.ExitCode);
        FindingLine again = Assert.Single(FindingLine.All(run));
        Assert.Equal(first.Line, again.Line);
        Assert.NotEqual(first.Hash, again.Hash);
    }

    [Fact]
    public async Task An_allowed_finding_in_one_document_of_a_jsonl_file_leaves_the_others_failing()
    {
        using var repo = new CheckRepo();
        string spamDoc = CheckPages.JsonLine(1, "text", CheckPages.Dump(spam: true));
        string otherSpam = CheckPages.JsonLine(2, "text", CheckPages.Dump(spam: false) + "cheap viagra online pharmacy | casino slots bonus | payday loans fast\n");
        repo.Write("docs.jsonl", spamDoc + "\n" + otherSpam + "\n");
        List<FindingLine> before = FindingLine.All(await repo.CheckAsync("docs.jsonl"));
        Assert.Equal([1, 2], before.Select(f => f.Line));
        repo.Write(".pagecleaner.json", $"{{ \"allow\": [\"{before[0].Hash}\"] }}");

        CliRun run = await repo.CheckAsync("docs.jsonl");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, Assert.Single(FindingLine.All(run)).Line);
        Assert.Contains("1 finding (1 allowed)", run.Summary, StringComparison.Ordinal);
    }
}
