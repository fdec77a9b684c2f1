using System.Text;
using FsCheck;
using FsCheck.Fluent;
using PageCleaner.Rendering;

namespace PageCleaner.Tests.Robustness;

/// <summary>One cleaner shared by many threads gives every page exactly the result one thread gives it.</summary>
public sealed class SharedCleanerThreadTests
{
    private static string Render(CleanResult result)
    {
        using var json = new MemoryStream();
        JsonRenderer.Write(json, result);
        return Encoding.UTF8.GetString(json.ToArray());
    }

    private static string Outcome(Cleaner cleaner, string page)
    {
        try
        {
            return Render(cleaner.Clean(Encoding.UTF8.GetBytes(page)));
        }
        catch (PageRejectedException e)
        {
            return "refused: " + e.Message;
        }
    }

    [Fact]
    public void Sixteen_threads_sharing_one_cleaner_give_the_outputs_of_one_thread()
    {
        var cleaner = Cleaner.CreateDefault();
        // Real-looking pages and random soups (a fixed seed, so the test is the same every run).
        List<string> pages = [SamplePages.EnglishArticle, .. TagSoup.Html.Sample(60, new Rnd(20261204UL), 40)];
        string[] expected = pages.Select(p => Outcome(cleaner, p)).ToArray();

        var actual = new string[16][];
        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 16 }, t =>
        {
            // Each thread walks the pages from a different start, so different pages are in flight at once.
            var mine = new string[pages.Count];
            for (int k = 0; k < pages.Count; k++)
            {
                int i = (k + t * 7) % pages.Count;
                mine[i] = Outcome(cleaner, pages[i]);
            }
            actual[t] = mine;
        });

        foreach (string[] run in actual) Assert.Equal(expected, run);
        Assert.Contains(expected, e => !e.StartsWith("refused", StringComparison.Ordinal));
    }
}
