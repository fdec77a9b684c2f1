using PageCleaner.Learning.Training;

namespace PageCleaner.Tests.Learning;

/// <summary>Finding and reading labeled samples in each supported form.</summary>
public sealed class SampleCatalogTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pc-samples-" + Guid.NewGuid().ToString("N"));

    public SampleCatalogTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string relative, string content)
    {
        string path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private const string Article = "<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav><p>The bakery on the corner opened a second oven this spring and now sells bread until late evening.</p><footer>Contact us</footer></body></html>";

    [Fact]
    public void Each_form_is_recognised()
    {
        Write("a/annotated.html", "<html><body><article data-pc-label='content'><p>Text.</p></article></body></html>");
        Write("a/paired.html", Article);
        Write("a/paired.txt", "The bakery on the corner opened a second oven this spring and now sells bread until late evening.");
        Write("a/dump.labeled.txt", "b|Home\nc|A paragraph of text.\n");
        Write("a/records.jsonl", "{\"html\": \"<p>One</p>\", \"expected\": \"One\"}\n");
        Write("a/notes.md", "not a sample");
        var kinds = SampleCatalog.Find([_root]).ToDictionary(f => f.Relative, f => f.Kind);
        Assert.Equal(SampleKind.AnnotatedHtml, kinds["a/annotated.html"]);
        Assert.Equal(SampleKind.PageWithExpectedText, kinds["a/paired.html"]);
        Assert.Equal(SampleKind.LabeledDump, kinds["a/dump.labeled.txt"]);
        Assert.Equal(SampleKind.JsonLines, kinds["a/records.jsonl"]);
        Assert.Equal(4, kinds.Count);
    }

    [Fact]
    public void A_page_with_expected_text_is_labeled_by_alignment()
    {
        Write("paired.html", Article);
        Write("paired.txt", "The bakery on the corner opened a second oven this spring and now sells bread until late evening.");
        SampleFile file = Assert.Single(SampleCatalog.Find([_root]));
        LabeledPage page = Assert.Single(SampleLoader.Load(file, CleanerOptions.Default));
        Assert.Equal([BlockLabel.Boilerplate, BlockLabel.Content, BlockLabel.Boilerplate], page.Page.Blocks.Select(b => b.Annotation));
        Assert.NotNull(page.ExpectedText);
    }

    [Fact]
    public void A_spam_mark_in_a_page_with_expected_text_wins_over_alignment()
    {
        string page = Article.Replace("<footer>", "<div data-pc-label='spam'><a href='http://x7q.top/'>lucky dragon slots bonus</a> | <a href='http://b9z.cc/'>cheap pills fast</a></div><footer>", StringComparison.Ordinal);
        Write("paired.html", page);
        Write("paired.txt", "The bakery on the corner opened a second oven this spring and now sells bread until late evening.");
        LabeledPage labeled = Assert.Single(SampleLoader.Load(Assert.Single(SampleCatalog.Find([_root])), CleanerOptions.Default));
        Assert.Equal([BlockLabel.Boilerplate, BlockLabel.Content, BlockLabel.Spam, BlockLabel.Boilerplate], labeled.Page.Blocks.Select(b => b.Annotation));
    }

    [Fact]
    public void Only_spam_marks_override_alignment_in_a_page_with_expected_text()
    {
        // A content mark on furniture is not trusted: alignment still decides everything but spam.
        Write("paired.html", Article.Replace("<footer>", "<footer data-pc-label='content'>", StringComparison.Ordinal));
        Write("paired.txt", "The bakery on the corner opened a second oven this spring and now sells bread until late evening.");
        LabeledPage labeled = Assert.Single(SampleLoader.Load(Assert.Single(SampleCatalog.Find([_root])), CleanerOptions.Default));
        Assert.Equal([BlockLabel.Boilerplate, BlockLabel.Content, BlockLabel.Boilerplate], labeled.Page.Blocks.Select(b => b.Annotation));
    }

    [Fact]
    public void A_spam_mark_in_a_data_set_page_with_snippets_is_kept()
    {
        Write("set/pages/p1.html", Article.Replace("<footer>", "<p data-pc-label='spam'>lucky dragon slots bonus cheap pills fast</p><footer>", StringComparison.Ordinal));
        Write("set/snippets/p1.json", "{\"with\": [\"opened a second oven this spring\"], \"without\": [\"Contact us\"]}");
        Write("set/split.tsv", "id\tsplit\np1\ttrain\n");
        LabeledPage labeled = Assert.Single(SampleLoader.Load(Assert.Single(SampleCatalog.Find([Path.Combine(_root, "set")])), CleanerOptions.Default));
        Assert.Equal([null, BlockLabel.Content, BlockLabel.Spam, BlockLabel.Boilerplate], labeled.Page.Blocks.Select(b => b.Annotation));
    }

    [Fact]
    public void Json_lines_give_one_page_per_record_and_bad_records_name_their_line()
    {
        Write("r.jsonl", "{\"html\": \"<nav>Menu</nav><p>First record body text that is long enough.</p>\", \"expected\": \"First record body text that is long enough.\"}\n\n{\"text\": \"Menu\\nSecond record line of real text here.\", \"expected\": \"Second record line of real text here.\"}\n");
        var pages = SampleLoader.Load(SampleCatalog.Find([_root])[0], CleanerOptions.Default).ToList();
        Assert.Equal(["r.jsonl#1", "r.jsonl#3"], pages.Select(p => p.Source));
        Assert.Equal(BlockLabel.Content, pages[1].Page.Blocks[1].Annotation);

        Write("r.jsonl", "{\"html\": \"<p>x</p>\"}\n");
        var e = Assert.Throws<PageCleanerException>(() => SampleLoader.Load(SampleCatalog.Find([_root])[0], CleanerOptions.Default).ToList());
        Assert.StartsWith("r.jsonl:1:", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1, 2]", "r.jsonl:1: not a JSON object")]
    [InlineData("{\"html\": 5, \"expected\": \"x\"}", "r.jsonl:1: a record needs")]
    [InlineData("{\"html\": \"<p>x</p>\", \"expected\": [\"x\"]}", "r.jsonl:1: a record needs")]
    public void A_record_of_the_wrong_shape_is_refused_in_one_line_naming_its_line(string record, string start)
    {
        Write("r.jsonl", record + "\n");

        var e = Assert.Throws<PageCleanerException>(() => SampleLoader.Load(SampleCatalog.Find([_root])[0], CleanerOptions.Default).ToList());

        Assert.StartsWith(start, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_escape_of_half_a_surrogate_pair_is_read_as_a_replacement_character_as_cleaning_reads_it()
    {
        // JsonElement.GetString throws on these; scraped records carry them.
        Write("r.jsonl", "{\"html\": \"<nav>Menu</nav><p>Half \\ud800 a pair inside a paragraph long enough to be the article.</p>\", \"expected\": \"Half \\ud800 a pair inside a paragraph long enough to be the article.\"}\n");

        LabeledPage page = Assert.Single(SampleLoader.Load(SampleCatalog.Find([_root])[0], CleanerOptions.Default));

        Assert.Equal("Half \uFFFD a pair inside a paragraph long enough to be the article.", page.ExpectedText);
        Assert.Contains(page.Page.Blocks, b => b.Text.Contains("Half \uFFFD a pair", StringComparison.Ordinal) && b.Annotation == BlockLabel.Content);
    }

    [Fact]
    public void A_data_set_folder_keeps_its_validation_pages_out_of_training()
    {
        Write("set/pages/1.html", Article);
        Write("set/truth/1.txt", "The bakery on the corner opened a second oven this spring and now sells bread until late evening.");
        Write("set/pages/2.html", Article);
        Write("set/truth/2.txt", "The bakery on the corner opened a second oven this spring and now sells bread until late evening.");
        Write("set/pages/3.html", Article);
        Write("set/snippets/3.json", "{\"with\": [\"second oven this spring\"], \"without\": [\"Contact us\"]}");
        Write("set/split.tsv", "id\tsplit\n1\ttrain\n2\tvalidation\n3\ttrain\n");
        var files = SampleCatalog.Find([Path.Combine(_root, "set")]);
        Assert.Equal(["set/1", "set/2", "set/3"], files.Select(f => f.Relative));
        Assert.Equal([false, true, false], files.Select(f => f.HeldOut));
        Assert.Equal(SampleKind.PageWithSnippets, files[2].Kind);
        LabeledPage snippets = Assert.Single(SampleLoader.Load(files[2], CleanerOptions.Default));
        Assert.Equal([null, BlockLabel.Content, BlockLabel.Boilerplate], snippets.Page.Blocks.Select(b => b.Annotation));
    }
}
