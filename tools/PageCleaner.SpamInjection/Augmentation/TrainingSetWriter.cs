using System.Globalization;
using System.Text;
using PageCleaner.Learning.Training;
using PageCleaner.SpamInjection.Evaluation;
using PageCleaner.SpamInjection.Injection;
using PageCleaner.SpamInjection.Spam;

namespace PageCleaner.SpamInjection.Augmentation;

/// <summary>
/// Writes injected copies of training pages in forms the trainer reads. <c>html/</c> is a data set:
/// <c>pages/NAME.html</c> with the spam block marked <c>data-pc-label="spam"</c>, the page's <c>truth/NAME.txt</c>
/// (or <c>snippets/NAME.json</c>), and a <c>split.tsv</c> putting every page in <c>train</c>; the trainer labels the
/// rest of each page from its truth, as for the original, and keeps the explicit spam label. <c>dumps/</c> holds
/// labeled text dumps of the pages with full truth, with spam lines (see <see cref="LabeledDumpWriter"/>);
/// <c>plain-dumps/</c> the same pages' dumps without spam, so that a model trained on dumps also sees real pages'
/// furniture lines, spam vocabulary used innocently among them, as not spam; it also holds the dumps of pages known
/// only by snippets, labeled on the snippets' lines (see <see cref="LabeledDumpWriter.LabelBySnippets"/>).
/// </summary>
internal static class TrainingSetWriter
{
    /// <summary>
    /// Writes the set; returns the number of HTML pages and of dumps written (two for a page with full truth, one for a
    /// page with snippets).
    /// </summary>
    public static (int Pages, int Dumps) Write(IReadOnlyList<DevPage> pages, string root, int variantsPerPage, int seed)
    {
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any()) throw new IOException($"{root}: the folder is not empty");
        string output = Path.Combine(root, "html"), dumps = Path.Combine(root, "dumps"), plainDumps = Path.Combine(root, "plain-dumps");
        foreach (string sub in new[] { "pages", "truth", "snippets" }) Directory.CreateDirectory(Path.Combine(output, sub));
        Directory.CreateDirectory(dumps);
        Directory.CreateDirectory(plainDumps);
        var dumpPlan = new CasePlan(DumpInjector.Methods, DumpInjector.Places, pages.Count, Math.Max(1, pages.Count / 6));
        int dumpsWritten = 0;
        var maker = new SpamBlockMaker(SpamPool.Embedded, SpamHalf.Train);
        var plan = new CasePlan(Enum.GetValues<HidingMethod>(), Enum.GetValues<Place>(), pages.Count, Math.Max(1, pages.Count * variantsPerPage / (Enum.GetValues<HidingMethod>().Length * Enum.GetValues<Place>().Length)));
        var split = new StringBuilder("id\tsplit\n");
        var utf8 = new UTF8Encoding(false);
        int written = 0;
        for (int p = 0; p < pages.Count; p++)
        {
            DevPage page = pages[p];
            byte[] bytes = File.ReadAllBytes(page.PagePath);
            string html = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
            if (page.Truth is not null)
            {
                var (method, place) = dumpPlan.For(p).First();
                var random = new Random(StableSeed.Of(seed, $"{page.Set}/{page.Id}#traindump"));
                SpamBlock block = maker.Make(maker.Languages[random.Next(maker.Languages.Count)], random);
                string dump = LabeledDumpWriter.Dump(bytes);
                InjectedPage injected = DumpInjector.Inject(dump, page.Truth, block, method, place, random);
                string labeled = $"# {page.Set}/{page.Id} with spam lines ({Names.Of(method)}, {Names.Of(place)})\n" + LabeledDumpWriter.Label(injected, page.Truth);
                File.WriteAllText(Path.Combine(dumps, $"{page.Set}--{page.Id}.labeled.txt"), labeled, utf8);
                string plain = $"# {page.Set}/{page.Id}\n" + LabeledDumpWriter.Label(dump, [], page.Truth);
                File.WriteAllText(Path.Combine(plainDumps, $"{page.Set}--{page.Id}.labeled.txt"), plain, utf8);
                dumpsWritten += 2;
            }
            else
            {
                var (with, without) = SampleLoader.ReadSnippets(page.SnippetsPath);
                string plain = $"# {page.Set}/{page.Id} (snippets)\n" + LabeledDumpWriter.LabelBySnippets(LabeledDumpWriter.Dump(bytes), with, without);
                File.WriteAllText(Path.Combine(plainDumps, $"{page.Set}--{page.Id}.labeled.txt"), plain, utf8);
                dumpsWritten++;
            }
            int k = 0;
            foreach (var (method, place) in plan.For(p).Take(variantsPerPage))
            {
                var random = new Random(StableSeed.Of(seed, $"{page.Set}/{page.Id}#train{k}"));
                SpamBlock block = maker.Make(maker.Languages[random.Next(maker.Languages.Count)], random);
                InjectedPage injected = HtmlInjector.Inject(html, page.Locator, block, method, place, random, SpamLabel.Add);
                string name = string.Create(CultureInfo.InvariantCulture, $"{page.Set}--{page.Id}--{k++}");
                File.WriteAllText(Path.Combine(output, "pages", name + ".html"), injected.Text, utf8);
                if (page.Truth is not null) File.WriteAllText(Path.Combine(output, "truth", name + ".txt"), page.Truth, utf8);
                else File.Copy(page.SnippetsPath, Path.Combine(output, "snippets", name + ".json"));
                split.Append(name).Append("\ttrain\n");
                written++;
            }
        }
        File.WriteAllText(Path.Combine(output, "split.tsv"), split.ToString(), utf8);
        return (written, dumpsWritten);
    }
}
