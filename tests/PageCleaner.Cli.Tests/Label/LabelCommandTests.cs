using System.Globalization;
using PageCleaner.Cli.Tests.Support;

namespace PageCleaner.Cli.Tests.Label;

/// <summary>
/// <c>pagecleaner label PAGE... -o DIR</c> end to end: both forms for HTML pages, the dump form for dumps, at each
/// input's relative path; the files carry the labels <c>clean</c> gives, and the training reader reads them back so.
/// </summary>
public sealed class LabelCommandTests
{
    private static readonly string[] ExpectedFiles =
    [
        "blog/dump.labeled.txt", "blog/notes.html", "blog/notes.labeled.txt", "index.html", "index.labeled.txt",
        "news/2025/harbor.html", "news/2025/harbor.labeled.txt", "upper/PAGE.html", "upper/PAGE.labeled.txt",
    ];

    [Fact]
    public async Task A_site_folder_gives_annotated_html_and_labeled_dumps_at_the_same_relative_paths()
    {
        using var temp = new TempFolder();
        SiteFolder.Write(temp, "site");

        CliRun run = await Tool.RunAsync(temp.Root, "label", "site", "-o", "out");

        Assert.True(run.ExitCode == 0, run.ToString());
        run.AssertNoStackTrace();
        Assert.Equal(ExpectedFiles, temp.FilesUnder("out"));
        Assert.StartsWith("pagecleaner: 5 pages, 0 failed, 0 skipped (output exists); wrote 4 annotated HTML and 5 labeled dumps; blocks: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(run.Stdout);

        string harbor = temp.ReadText("out/news/2025/harbor.html");
        Assert.Contains("<meta charset=\"utf-8\" data-pc-ui=\"charset\">", harbor, StringComparison.Ordinal);
        Assert.Contains("[data-pc-label=content]{background-color:", harbor, StringComparison.Ordinal);
        Assert.Contains(" data-pc-label=\"content\"", harbor, StringComparison.Ordinal);
        Assert.Contains(" data-pc-label=\"boilerplate\"", harbor, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", harbor, StringComparison.Ordinal);
        Assert.Contains(TestPages.ArticleParagraphs[1], harbor, StringComparison.Ordinal);

        string dump = temp.ReadText("out/news/2025/harbor.labeled.txt");
        Assert.StartsWith("# site/news/2025/harbor.html: labels from pagecleaner label", dump, StringComparison.Ordinal);
        Assert.Contains("c|" + TestPages.ArticleParagraphs[0] + "\n", dump, StringComparison.Ordinal);
        Assert.Contains("b|Contact us\n", dump, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_files_carry_the_labels_clean_gives_and_eval_reads_them_back_so()
    {
        using var temp = new TempFolder();
        SiteFolder.Write(temp, "site");
        CliRun label = await Tool.RunAsync(temp.Root, "label", "site", "-o", "out");
        CliRun clean = await Tool.RunAsync(temp.Root, "clean", "site", "--format", "json");
        Assert.True(label.ExitCode == 0 && clean.ExitCode == 0, label + "\n" + clean);
        var cleaned = clean.JsonLines().ToDictionary(
            j => j.GetProperty("source").GetString()!.Replace('\\', '/')["site/".Length..],
            j => j.GetProperty("blocks").EnumerateArray().Select(b => (Text: b.GetProperty("text").GetString()!, Label: b.GetProperty("label").GetString()!)).ToList());

        // Form 2: one line per line of block text, behind the block's label.
        foreach (string page in SiteFolder.Pages)
        {
            string stem = Path.ChangeExtension(page, null);
            var lines = temp.ReadText($"out/{stem}.labeled.txt").Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => (Text: l[2..].Trim(), Label: l[..2])).ToList();
            var expected = cleaned[page].SelectMany(b => b.Text.Split('\n').Select(t => (Text: t.Trim(), Label: b.Label[..1] + "|"))).Where(b => b.Text.Length > 0).ToList();
            Assert.Equal(expected, lines);
        }

        // Form 1, read by eval (with the reader train uses) and scored with the model that labeled it: every block agrees.
        // The dumps made from HTML pages are left out: as dumps they are other pages to the model.
        foreach (string file in temp.FilesUnder("out").Where(f => f.EndsWith(".labeled.txt", StringComparison.Ordinal) && f != "blog/dump.labeled.txt"))
        {
            File.Delete(temp.PathOf("out/" + file));
        }
        CliRun eval = await Tool.RunAsync(temp.Root, "eval", "--data", "out");
        Assert.True(eval.ExitCode == 0, eval.ToString());
        int blocks = cleaned.Values.Sum(b => b.Count);
        Assert.StartsWith($"blocks (5 labeled pages, {blocks} labeled blocks):", eval.StdoutText, StringComparison.Ordinal);
        var rows = EvalRows(eval.StdoutText);
        Assert.Equal(["content", "boilerplate"], rows.Where(r => r.Support > 0).Select(r => r.Label));
        Assert.All(rows.Where(r => r.Support > 0), r => Assert.Equal("1.000 1.000 1.000", r.Scores));
    }

    [Fact]
    public async Task Label_correct_and_train_is_a_working_loop()
    {
        using var temp = new TempFolder();
        // Labeled pages as input: their old labels are replaced by the model's (annotated HTML and labeled dumps alike).
        TrainingData.Write(temp, "pages");
        CliRun label = await Tool.RunAsync(temp.Root, "label", "pages", "-o", "labeled");
        Assert.True(label.ExitCode == 0, label.ToString());
        Assert.Equal((TrainingData.HtmlPages * 2) + TrainingData.Dumps, temp.FilesUnder("labeled").Count);

        // A person corrects a label: the site header of one page becomes content, which eval then counts as content.
        const string Page = "labeled/html/en-news-01.html";
        const string Header = "<div data-pc-label=\"boilerplate\" class=\"chrome\">";
        CliRun before = await Tool.RunAsync(temp.Root, "eval", "--data", Page);
        string page = temp.ReadText(Page);
        Assert.Contains(Header, page, StringComparison.Ordinal);
        temp.WriteText(Page, page.Replace(Header, "<div data-pc-label=\"content\" class=\"chrome\">", StringComparison.Ordinal));
        CliRun after = await Tool.RunAsync(temp.Root, "eval", "--data", Page);
        Assert.True(before.ExitCode == 0 && after.ExitCode == 0, before + "\n" + after);
        const int HeaderBlocks = 6; // the logo and five menu items
        Assert.Equal(EvalRows(before.StdoutText)[0].Support + HeaderBlocks, EvalRows(after.StdoutText)[0].Support);

        CliRun train = await Tool.RunAsync(temp.Root, "train", "--data", "labeled", "--out", "mine.pcmodel");
        Assert.True(train.ExitCode == 0, train.ToString());
        Assert.True(new FileInfo(temp.PathOf("mine.pcmodel")).Length > 0);
    }

    [Fact]
    public async Task Labeling_the_annotated_pages_again_gives_the_same_files()
    {
        using var temp = new TempFolder();
        SiteFolder.Write(temp, "site");
        CliRun first = await Tool.RunAsync(temp.Root, "label", "site", "-o", "once");
        // The annotated pages, flattened into one folder, are the input of the second run.
        temp.CreateFolder("again-in");
        foreach (string file in temp.FilesUnder("once").Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            File.Copy(temp.PathOf("once/" + file), temp.PathOf("again-in/" + file.Replace('/', '-')));
        }
        CliRun second = await Tool.RunAsync(temp.Root, "label", "again-in", "-o", "twice");
        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, first + "\n" + second);
        foreach (string file in temp.FilesUnder("once").Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            Assert.Equal(temp.ReadText("once/" + file), temp.ReadText("twice/" + file.Replace('/', '-')));
        }
    }

    [Fact]
    public async Task Thread_count_does_not_change_a_byte()
    {
        using var temp = new TempFolder();
        SiteFolder.Write(temp, "site");
        for (int i = 0; i < 6; i++) temp.WriteText($"site/more/page-{i}.html", TestPages.Article(600 + i).Content);
        CliRun one = await Tool.RunAsync(temp.Root, "label", "site", "-o", "one", "--threads", "1");
        CliRun four = await Tool.RunAsync(temp.Root, "label", "site", "-o", "four", "-t", "4");
        Assert.True(one.ExitCode == 0 && four.ExitCode == 0, one + "\n" + four);
        Assert.Equal(temp.FilesUnder("one"), temp.FilesUnder("four"));
        foreach (string file in temp.FilesUnder("one")) Assert.Equal(temp.ReadBytes("one/" + file), temp.ReadBytes("four/" + file));
    }

    [Fact]
    public async Task Standard_input_is_labeled_as_stdin()
    {
        using var temp = new TempFolder();
        CliRun run = await Tool.RunWithStdinAsync(temp.Root, TestPages.Fixture("article.html"), "label", "-", "-o", "out");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["stdin.html", "stdin.labeled.txt"], temp.FilesUnder("out"));
        Assert.StartsWith("# -: labels from", temp.ReadText("out/stdin.labeled.txt"), StringComparison.Ordinal);
    }

    // The rows of eval's block table: label, "precision recall f1", blocks.
    private static List<(string Label, string Scores, int Support)> EvalRows(string stdout)
    {
        var rows = new List<(string, string, int)>();
        foreach (string line in stdout.Split('\n'))
        {
            string[] cells = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length == 5 && cells[0] is "content" or "boilerplate" or "spam" && int.TryParse(cells[4], NumberStyles.Integer, CultureInfo.InvariantCulture, out int support))
                rows.Add((cells[0], string.Join(' ', cells[1..4]), support));
        }
        return rows;
    }
}
