using PageCleaner.Learning.Training;
using PageCleaner.SpamInjection.Augmentation;
using PageCleaner.SpamInjection.Evaluation;
using PageCleaner.SpamInjection.Spam;

namespace PageCleaner.SpamInjection.Tests;

/// <summary>The augmented training set reads back through the trainer with the spam labeled spam.</summary>
public sealed class TrainingSetWriterTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pc-augment-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private List<DevPage> DevData()
    {
        string set = Path.Combine(_root, "dev", "harbour");
        Directory.CreateDirectory(Path.Combine(set, "pages"));
        Directory.CreateDirectory(Path.Combine(set, "truth"));
        File.WriteAllText(Path.Combine(set, "pages", "p1.html"), TestPages.Html);
        File.WriteAllText(Path.Combine(set, "pages", "p2.html"), TestPages.Html.Replace("Pier to be rebuilt", "Pier works begin", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(set, "truth", "p1.txt"), TestPages.Truth);
        File.WriteAllText(Path.Combine(set, "truth", "p2.txt"), TestPages.Truth);
        File.WriteAllText(Path.Combine(set, "split.tsv"), "id\tsplit\np1\ttrain\np2\tvalidation\n");
        return DevSet.Read(Path.Combine(_root, "dev"), "train");
    }

    [Fact]
    public void Only_train_split_pages_are_read_for_augmentation()
    {
        Assert.Equal(["p1"], DevData().Select(p => p.Id));
    }

    [Fact]
    public void Injected_html_pages_train_with_the_block_as_spam_and_the_article_as_content()
    {
        string output = Path.Combine(_root, "out");
        var (pages, dumps) = TrainingSetWriter.Write(DevData(), output, variantsPerPage: 3, seed: 4);
        Assert.Equal((3, 2), (pages, dumps));
        var train = SpamPool.Embedded.Phrases.Where(p => p.Half == SpamHalf.Train).Select(p => p.Text).ToList();
        var eval = SpamPool.Embedded.Phrases.Where(p => p.Half == SpamHalf.Eval).Select(p => p.Text).ToList();
        var files = SampleCatalog.Find([Path.Combine(output, "html")]);
        Assert.Equal(3, files.Count);
        Assert.All(files, f => Assert.False(f.HeldOut));
        foreach (SampleFile file in files)
        {
            string html = File.ReadAllText(file.FullPath);
            Assert.DoesNotContain(eval, html.Contains);
            LabeledPage page = Assert.Single(SampleLoader.Load(file, CleanerOptions.Default));
            var spam = page.Page.Blocks.Where(b => train.Any(t => b.Text.Contains(t, StringComparison.Ordinal))).ToList();
            Assert.NotEmpty(spam);
            Assert.All(spam, b => Assert.Equal(BlockLabel.Spam, b.Annotation));
            Assert.Equal(BlockLabel.Content, page.Page.Blocks.Single(b => b.Text == TestPages.P1).Annotation);
            Assert.Equal(BlockLabel.Boilerplate, page.Page.Blocks.Single(b => b.Text.StartsWith("Copyright", StringComparison.Ordinal)).Annotation);
        }
    }

    [Theory]
    [InlineData("dumps", true)]
    [InlineData("plain-dumps", false)]
    public void Labeled_dumps_mark_spam_lines_s_and_article_lines_c(string folder, bool withSpam)
    {
        string output = Path.Combine(_root, "out");
        TrainingSetWriter.Write(DevData(), output, variantsPerPage: 1, seed: 4);
        SampleFile file = Assert.Single(SampleCatalog.Find([Path.Combine(output, folder)], HoldOut.All));
        Assert.Equal(SampleKind.LabeledDump, file.Kind);
        LabeledPage page = Assert.Single(SampleLoader.Load(file, CleanerOptions.Default));
        var train = SpamPool.Embedded.Phrases.Where(p => p.Half == SpamHalf.Train).Select(p => p.Text).ToList();
        // The untouched dump has no spam line at all: no block is spam and none holds a spam phrase.
        Assert.Equal(withSpam, page.Page.Blocks.Any(b => b.Annotation == BlockLabel.Spam));
        Assert.All(page.Page.Blocks, b => Assert.Equal(train.Any(t => b.Text.Contains(t, StringComparison.Ordinal)), b.Annotation == BlockLabel.Spam));
        Assert.Equal(BlockLabel.Content, page.Page.Blocks.Single(b => b.Text == TestPages.P3).Annotation);
        Assert.Equal(BlockLabel.Boilerplate, page.Page.Blocks.Single(b => b.Text.StartsWith("Home", StringComparison.Ordinal)).Annotation);
    }

    [Fact]
    public void A_page_known_only_by_snippets_gives_a_plain_dump_with_the_snippet_lines_labeled_and_the_rest_unlabeled()
    {
        string set = Path.Combine(_root, "dev", "snips");
        Directory.CreateDirectory(Path.Combine(set, "pages"));
        Directory.CreateDirectory(Path.Combine(set, "snippets"));
        File.WriteAllText(Path.Combine(set, "pages", "s1.html"), TestPages.Html);
        File.WriteAllText(Path.Combine(set, "snippets", "s1.json"), """{"with": ["rebuild the old stone pier"], "without": ["Harbour Gazette"]}""");
        File.WriteAllText(Path.Combine(set, "split.tsv"), "id\tsplit\ns1\ttrain\n");
        string output = Path.Combine(_root, "out");

        var (pages, dumps) = TrainingSetWriter.Write(DevSet.Read(Path.Combine(_root, "dev"), "train"), output, variantsPerPage: 1, seed: 4);

        Assert.Equal((1, 1), (pages, dumps));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(output, "dumps")));
        SampleFile file = Assert.Single(SampleCatalog.Find([Path.Combine(output, "plain-dumps")], HoldOut.All));
        LabeledPage page = Assert.Single(SampleLoader.Load(file, CleanerOptions.Default));
        // Every line of the page's dump is there, so the labeled lines keep their neighbours.
        string dump = LabeledDumpWriter.Dump(System.Text.Encoding.UTF8.GetBytes(TestPages.Html));
        Assert.Equal(dump.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), page.Page.Blocks.Select(b => b.Text));
        Assert.Equal(BlockLabel.Content, page.Page.Blocks.Single(b => b.Text == TestPages.P1).Annotation);
        Assert.Equal(BlockLabel.Boilerplate, page.Page.Blocks.Single(b => b.Text.StartsWith("Copyright", StringComparison.Ordinal)).Annotation);
        Assert.All(page.Page.Blocks.Where(b => b.Text != TestPages.P1 && !b.Text.StartsWith("Copyright", StringComparison.Ordinal)), b => Assert.Null(b.Annotation));
    }

    [Fact]
    public void A_folder_that_already_holds_files_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(_root, "busy"));
        File.WriteAllText(Path.Combine(_root, "busy", "keep.txt"), "x");
        var e = Assert.Throws<IOException>(() => TrainingSetWriter.Write(DevData(), Path.Combine(_root, "busy"), 1, 1));
        Assert.Contains("not empty", e.Message, StringComparison.Ordinal);
    }
}
