using System.Text;
using PageCleaner.Documents;
using PageCleaner.Learning.Evaluation;
using PageCleaner.SpamInjection.Injection;
using PageCleaner.SpamInjection.Spam;

namespace PageCleaner.SpamInjection.Evaluation;

/// <summary>Cleans development pages untouched and with spam injected, and records what happened to the spam.</summary>
internal sealed class InjectionEvaluator
{
    private readonly Cleaner _html;
    private readonly Cleaner _dumps;
    private readonly SpamBlockMaker _maker = new(SpamPool.Embedded, SpamHalf.Eval);
    private readonly int _seed;

    /// <summary>An evaluator using <paramref name="cleaner"/>'s model (dumps are read as text with the same model).</summary>
    public InjectionEvaluator(Cleaner cleaner, Cleaner dumpCleaner, int seed)
    {
        _html = cleaner;
        _dumps = dumpCleaner;
        _seed = seed;
    }

    /// <summary>Measures every page; pages are independent, so they run in parallel, and results keep page order.</summary>
    public List<PageOutcome> Run(IReadOnlyList<DevPage> pages, int casesPerCell, int threads, Action<int>? progress = null)
    {
        var htmlPlan = new CasePlan(Enum.GetValues<HidingMethod>(), Enum.GetValues<Place>(), pages.Count, casesPerCell);
        var withTruth = pages.Select((p, i) => (p, i)).Where(x => x.p.Truth is not null).Select((x, j) => (x.i, j)).ToDictionary(x => x.i, x => x.j);
        CasePlan? dumpPlan = withTruth.Count > 0 ? new CasePlan(DumpInjector.Methods, DumpInjector.Places, withTruth.Count, casesPerCell) : null;
        int done = 0;
        return pages.Select((page, index) => (page, index)).AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, threads))
            .Select(x =>
            {
                PageOutcome outcome = Measure(x.page, htmlPlan.For(x.index), dumpPlan is not null && withTruth.TryGetValue(x.index, out int j) ? dumpPlan.For(j) : []);
                progress?.Invoke(Interlocked.Increment(ref done));
                return outcome;
            })
            .ToList();
    }

    /// <summary>One page: untouched, then each HTML and dump variant.</summary>
    public PageOutcome Measure(DevPage page, IEnumerable<(HidingMethod Method, Place Place)> htmlCells, IEnumerable<(HidingMethod Method, Place Place)> dumpCells)
    {
        string html;
        CleanResult untouched;
        try
        {
            html = Encoding.UTF8.GetString(File.ReadAllBytes(page.PagePath)).TrimStart('\uFEFF');
            untouched = _html.Clean(Encoding.UTF8.GetBytes(html), page.PagePath);
        }
        catch (Exception e) when (e is PageCleanerException or IOException or UnauthorizedAccessException)
        {
            return new PageOutcome(page, false, null, [], e.Message);
        }
        try
        {
            return MeasureVariants(page, html, untouched, htmlCells, dumpCells);
        }
        catch (PageCleanerException e)
        {
            // A variant the cleaner refuses (time limit) leaves the page out rather than skewing one cell.
            return new PageOutcome(page, untouched.Verdict.Spam, null, [], "an injected variant: " + e.Message);
        }
    }

    private PageOutcome MeasureVariants(DevPage page, string html, CleanResult untouched, IEnumerable<(HidingMethod Method, Place Place)> htmlCells, IEnumerable<(HidingMethod Method, Place Place)> dumpCells)
    {
        var cases = new List<CaseOutcome>();
        TextMetrics.ShingleCounts? baseCounts = page.Truth is null ? null : TextMetrics.Shingles(page.Truth, untouched.Text);
        int k = 0;
        foreach (var (method, place) in htmlCells)
        {
            var random = new Random(StableSeed.Of(_seed, $"{page.Set}/{page.Id}#html{k++}"));
            SpamBlock block = _maker.Make(_maker.Languages[random.Next(_maker.Languages.Count)], random);
            InjectedPage injected = HtmlInjector.Inject(html, page.Locator, block, method, place, random);
            cases.Add(Score(_html.Clean(Encoding.UTF8.GetBytes(injected.Text), page.PagePath), injected, untouched.Text, page.Truth, baseCounts, dump: false));
        }
        bool? dumpFlagged = null;
        var cells = dumpCells.ToList();
        if (cells.Count > 0 && page.Truth is not null)
        {
            string dump = Dump(untouched);
            CleanResult untouchedDump = _dumps.Clean(dump, page.PagePath);
            dumpFlagged = untouchedDump.Verdict.Spam;
            TextMetrics.ShingleCounts dumpBase = TextMetrics.Shingles(page.Truth, untouchedDump.Text);
            k = 0;
            foreach (var (method, place) in cells)
            {
                var random = new Random(StableSeed.Of(_seed, $"{page.Set}/{page.Id}#dump{k++}"));
                SpamBlock block = _maker.Make(_maker.Languages[random.Next(_maker.Languages.Count)], random);
                InjectedPage injected = DumpInjector.Inject(dump, page.Truth, block, method, place, random);
                cases.Add(Score(_dumps.Clean(injected.Text, page.PagePath), injected, untouchedDump.Text, page.Truth, dumpBase, dump: true));
            }
        }
        return new PageOutcome(page, untouched.Verdict.Spam, dumpFlagged, cases);
    }

    /// <summary>The page as a scraper dumps it: the visible text of each block on its own line.</summary>
    public static string Dump(CleanResult result)
    {
        var sb = new StringBuilder();
        foreach (BlockResult b in result.Blocks)
        {
            if (!b.Hidden) sb.Append(b.Text.Replace('\n', ' ')).Append('\n');
        }
        return sb.ToString();
    }

    private static CaseOutcome Score(CleanResult result, InjectedPage injected, string untouchedText, string? truth, TextMetrics.ShingleCounts? baseCounts, bool dump)
    {
        List<string> phrases = PhraseCheck.Checkable(untouchedText, injected.Phrases);
        bool removed = PhraseCheck.IsRemoved(result.Text, phrases);
        TextMetrics.ShingleCounts? counts = truth is null ? null : TextMetrics.Shingles(truth, result.Text);
        return new CaseOutcome(dump, injected.Method, injected.Place, removed, result.Verdict.Spam, counts, baseCounts);
    }
}
