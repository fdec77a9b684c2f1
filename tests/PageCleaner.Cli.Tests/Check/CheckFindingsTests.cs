using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests.Check;

/// <summary>
/// <c>check</c> on HTML pages, text dumps and JSONL: one line per finding on stdout with the right path and line,
/// exit 1 when spam is found and 0 when the files are clean.
/// </summary>
public sealed class CheckFindingsTests
{
    [Fact]
    public async Task A_page_with_injected_spam_fails_with_the_finding_at_the_blocks_line()
    {
        using var repo = new CheckRepo();
        string page = CheckPages.Html(spam: true);
        repo.Write("pages/rowing.html", page);

        CliRun run = await repo.CheckAsync("pages/rowing.html");

        Assert.True(run.ExitCode == 1, run.ToString());
        FindingLine finding = Assert.Single(FindingLine.All(run));
        Assert.Equal("pages/rowing.html", finding.Path);
        Assert.Equal(CheckPages.LineOf(page, "seo-links"), finding.Line);
        Assert.Equal("spam", finding.Label);
        Assert.InRange(finding.Score, 0.5, 1.0);
        Assert.StartsWith(CheckPages.SpamExcerptStart, finding.Excerpt, StringComparison.Ordinal);
        Assert.Contains("check failed: 1 file checked, 1 finding (0 allowed), 0 errors", run.Summary, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public async Task Clean_page_and_dump_pass_with_nothing_on_stdout()
    {
        using var repo = new CheckRepo();
        repo.Write("a.html", CheckPages.Html(spam: false));
        repo.Write("b.txt", CheckPages.Dump(spam: false));

        CliRun run = await repo.CheckAsync("a.html", "b.txt");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.Stdout);
        Assert.Equal("pagecleaner: check passed: 2 files checked, 0 findings (0 allowed), 0 errors", run.Summary);
    }

    [Fact]
    public async Task A_dump_finding_names_the_spam_line()
    {
        using var repo = new CheckRepo();
        string dump = CheckPages.Dump(spam: true);
        repo.Write("dump.txt", dump);

        CliRun run = await repo.CheckAsync("dump.txt");

        Assert.Equal(1, run.ExitCode);
        FindingLine finding = Assert.Single(FindingLine.All(run));
        Assert.Equal(CheckPages.LineOf(dump, CheckPages.SpamExcerptStart), finding.Line);
        Assert.Equal("spam", finding.Label);
    }

    [Fact]
    public async Task Jsonl_findings_carry_the_documents_line_and_both_fields_are_read()
    {
        using var repo = new CheckRepo();
        string[] lines =
        [
            CheckPages.JsonLine(1, "text", CheckPages.Dump(spam: false)),
            CheckPages.JsonLine(2, "text", CheckPages.Dump(spam: true)),
            "",
            CheckPages.JsonLine(4, "html", CheckPages.Html(spam: false)),
            CheckPages.JsonLine(5, "html", CheckPages.Html(spam: true)),
        ];
        repo.Write("docs.jsonl", string.Join("\n", lines) + "\n");

        CliRun run = await repo.CheckAsync("docs.jsonl");

        Assert.True(run.ExitCode == 1, run.ToString());
        List<FindingLine> findings = FindingLine.All(run);
        Assert.Equal([2, 5], findings.Select(f => f.Line));
        Assert.All(findings, f => Assert.Equal("docs.jsonl", f.Path));
        Assert.All(findings, f => Assert.StartsWith(CheckPages.SpamExcerptStart, f.Excerpt, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_jsonl_line_that_is_not_a_document_is_an_error_naming_file_and_line_and_the_rest_is_checked()
    {
        using var repo = new CheckRepo();
        string[] lines =
        [
            "{\"id\": 1, \"url\": \"https://example.org/\"}",
            "[1, 2, 3]",
            "{\"text\": \"unterminated",
            CheckPages.JsonLine(4, "text", CheckPages.Dump(spam: true)),
        ];
        repo.Write("docs.jsonl", string.Join("\r\n", lines));

        CliRun run = await repo.CheckAsync("docs.jsonl");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(4, Assert.Single(FindingLine.All(run)).Line);
        Assert.Contains("pagecleaner: docs.jsonl:1: the object has no \"text\" or \"html\" string field", run.ErrorLines);
        Assert.Contains("pagecleaner: docs.jsonl:2: not a JSON object", run.ErrorLines);
        Assert.Contains("pagecleaner: docs.jsonl:3: not valid JSON", run.ErrorLines);
        Assert.Contains("3 errors", run.Summary, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public async Task Findings_of_several_files_come_in_input_order_and_folders_are_searched_in_name_order()
    {
        using var repo = new CheckRepo();
        repo.Write("site/b/page.html", CheckPages.Html(spam: true));
        repo.Write("site/a/dump.txt", CheckPages.Dump(spam: true));
        repo.Write("site/a/notes.md", "# notes\n\nbest online casino bonus\n");
        repo.Write("z.txt", CheckPages.Dump(spam: true));

        CliRun run = await repo.CheckAsync("z.txt", "site/");
        CliRun dotSlash = await repo.CheckAsync("./");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["z.txt", "site/a/dump.txt", "site/b/page.html"], FindingLine.All(run).Select(f => f.Path));
        Assert.Equal(["site/a/dump.txt", "site/b/page.html", "z.txt"], FindingLine.All(dotSlash).Select(f => f.Path));
        Assert.Contains("3 files checked", run.Summary, StringComparison.Ordinal);
        Assert.Contains("1 file not included by the config", run.Summary, StringComparison.Ordinal); // notes.md
    }

    [Fact]
    public async Task No_files_means_the_current_folder()
    {
        using var repo = new CheckRepo();
        repo.Write("pages/spam.txt", CheckPages.Dump(spam: true));

        CliRun run = await repo.CheckAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("pages/spam.txt", Assert.Single(FindingLine.All(run)).Path);
    }

    [Fact]
    public async Task Missing_binary_and_empty_files()
    {
        using var repo = new CheckRepo();
        repo.Write("good.txt", CheckPages.Dump(spam: false));
        repo.Files.WriteBytes("image.html", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0, 1, 2, 3]);
        repo.Write("empty.txt", "  \n\n");
        repo.Files.WriteBytes("bom-only.txt", [0xEF, 0xBB, 0xBF, (byte)'\n']);

        CliRun run = await repo.CheckAsync("good.txt", "missing.html", "image.html", "empty.txt", "bom-only.txt");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Empty(run.Stdout);
        Assert.Contains("pagecleaner: missing.html: no such file or folder", run.ErrorLines);
        Assert.Single(run.ErrorLines, l => l.StartsWith("pagecleaner: image.html: not a page", StringComparison.Ordinal));
        Assert.DoesNotContain(run.ErrorLines, l => l.Contains("empty.txt", StringComparison.Ordinal)); // nothing in it to flag
        Assert.DoesNotContain(run.ErrorLines, l => l.Contains("bom-only.txt", StringComparison.Ordinal));
        Assert.Contains("4 files checked, 0 findings (0 allowed), 2 errors", run.Summary, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public async Task The_same_file_named_twice_is_checked_once()
    {
        using var repo = new CheckRepo();
        repo.Write("dump.txt", CheckPages.Dump(spam: true));

        CliRun run = await repo.CheckAsync("dump.txt", "./dump.txt", ".");

        Assert.Single(FindingLine.All(run));
        Assert.Contains("1 file checked", run.Summary, StringComparison.Ordinal);
    }
}
