using System.Globalization;
using System.Text;
using PageCleaner.SpamInjection.Evaluation;
using PageCleaner.SpamInjection.Injection;
using PageCleaner.SpamInjection.Spam;

namespace PageCleaner.SpamInjection.Augmentation;

/// <summary>
/// Writes injected copies of training pages as a data set the trainer reads: <c>pages/NAME.html</c> with the spam
/// block marked <c>data-pc-label="spam"</c>, the page's <c>truth/NAME.txt</c> (or <c>snippets/NAME.json</c>), and a
/// <c>split.tsv</c> putting every page in <c>train</c>. The trainer labels the rest of each page from its truth,
/// as for the original, and keeps the explicit spam label.
/// </summary>
internal static class TrainingSetWriter
{
    /// <summary>Writes the set; returns the number of pages written.</summary>
    public static int Write(IReadOnlyList<DevPage> pages, string output, int variantsPerPage, int seed)
    {
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any()) throw new IOException($"{output}: the folder is not empty");
        foreach (string sub in new[] { "pages", "truth", "snippets" }) Directory.CreateDirectory(Path.Combine(output, sub));
        var maker = new SpamBlockMaker(SpamPool.Embedded, SpamHalf.Train);
        var plan = new CasePlan(Enum.GetValues<HidingMethod>(), Enum.GetValues<Place>(), pages.Count, Math.Max(1, pages.Count * variantsPerPage / (Enum.GetValues<HidingMethod>().Length * Enum.GetValues<Place>().Length)));
        var split = new StringBuilder("id\tsplit\n");
        var utf8 = new UTF8Encoding(false);
        int written = 0;
        for (int p = 0; p < pages.Count; p++)
        {
            DevPage page = pages[p];
            string html = Encoding.UTF8.GetString(File.ReadAllBytes(page.PagePath)).TrimStart('\uFEFF');
            int k = 0;
            foreach (var (method, place) in plan.For(p).Take(variantsPerPage))
            {
                var random = new Random(StableSeed.Of(seed, $"{page.Set}/{page.Id}#train{k}"));
                SpamBlock block = maker.Make(maker.Languages[random.Next(maker.Languages.Count)], random);
                InjectedPage injected = HtmlInjector.Inject(html, page.Locator, block, method, place, random, SpamLabel.Add);
                string name = string.Create(CultureInfo.InvariantCulture, $"{page.Set}--{page.Id}--{k++}");
                File.WriteAllText(Path.Combine(output, "pages", name + ".html"), injected.Text, utf8);
                if (page.Truth is not null) File.WriteAllText(Path.Combine(output, "truth", name + ".txt"), page.Truth, utf8);
                else File.Copy(Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(page.PagePath))!, "snippets", page.Id + ".json"), Path.Combine(output, "snippets", name + ".json"));
                split.Append(name).Append("\ttrain\n");
                written++;
            }
        }
        File.WriteAllText(Path.Combine(output, "split.tsv"), split.ToString(), utf8);
        return written;
    }
}
