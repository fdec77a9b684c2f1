using System.Runtime.CompilerServices;
using System.Text;
using PageCleaner.Documents;
using PageCleaner.Pipelines;

namespace PageCleaner.Tests.Pipelines;

/// <summary>The async stream API over pages from anywhere.</summary>
public sealed class StreamingCleanerTests
{
    private static async IAsyncEnumerable<PageInput> Pages(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (int i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return (i % 4) switch
            {
                0 => PageInput.FromBytes(Encoding.UTF8.GetBytes(SamplePages.EnglishArticle), $"page-{i}.html"),
                1 => PageInput.FromText(SamplePages.ChineseFarmDump, $"page-{i}.txt", InputKind.Text),
                2 => PageInput.FromText($"<html><body><p>Page {i}: the ferry timetable changes on Monday for the summer.</p></body></html>", $"page-{i}.html", InputKind.Html),
                _ => PageInput.FromBytes(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10 }, $"page-{i}.png"),
            };
        }
    }

    [Fact]
    public async Task A_page_s_transport_charset_decodes_it()
    {
        // Written for this test: Czech, in iso-8859-2 without a declaration of its own.
        const string Czech = "Včera večer jsme šli k řece a dlouho se dívali, jak se nad starým mostem rozsvěcují světla. " +
            "Potom jsme zašli do malé kavárny, kde podávali horký čaj a čerstvé koláče s tvarohem.";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        byte[] page = Encoding.GetEncoding("iso-8859-2").GetBytes($"<html><body><article><p>{Czech}</p><p>{Czech}</p></article></body></html>");
        async IAsyncEnumerable<PageInput> Both()
        {
            await Task.Yield();
            yield return PageInput.FromBytes(page, "told.html", InputKind.Auto, "iso-8859-2");
            yield return PageInput.FromBytes(page, "untold.html");
        }

        var results = new List<CleanedPage>();
        await foreach (CleanedPage r in new StreamingCleaner(PipelineRun.Cleaner).CleanAsync(Both())) results.Add(r);

        Assert.Contains("čerstvé koláče s tvarohem", results[0].Result!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("čerstvé koláče s tvarohem", results[1].Result!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_come_in_page_order_and_equal_cleaning_each_page_alone()
    {
        var pipeline = new StreamingCleaner(PipelineRun.Cleaner, new PipelineOptions { Parallelism = 3 });

        var results = new List<CleanedPage>();
        await foreach (CleanedPage page in pipeline.CleanAsync(Pages(24))) results.Add(page);

        Assert.Equal(Enumerable.Range(0, 24).Select(i => (long)i), results.Select(r => r.Index));
        foreach (CleanedPage r in results)
        {
            Assert.Equal($"page-{r.Index}", Path.GetFileNameWithoutExtension(r.Input.Source));
            if (r.Index % 4 == 3)
            {
                Assert.False(r.Succeeded);
                Assert.StartsWith("not a page: ", r.Error, StringComparison.Ordinal);
                continue;
            }
            CleanResult alone = r.Input.Text is null
                ? PipelineRun.Cleaner.Clean(r.Input.Bytes.Span, r.Input.Source)
                : PipelineRun.Cleaner.Clean(r.Input.Text, r.Input.Source);
            Assert.Equal(alone.Text, r.Result!.Text);
            Assert.Equal(r.Input.Source, r.Result.Source);
        }
        Assert.True(results[1].Result!.Verdict.Spam);
        Assert.Equal(InputKind.Text, results[1].Result!.Format);
    }

    [Fact]
    public async Task Cancelling_ends_the_stream_with_an_OperationCanceledException()
    {
        var pipeline = new StreamingCleaner(PipelineRun.Cleaner, new PipelineOptions { Parallelism = 2 });
        using var cts = new CancellationTokenSource();
        int seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (CleanedPage _ in pipeline.CleanAsync(Pages(10_000), cts.Token))
            {
                if (++seen == 3) await cts.CancelAsync();
            }
        });
        Assert.Equal(3, seen);
    }

    [Fact]
    public void Options_refuse_values_that_cannot_work()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PipelineOptions { Parallelism = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new PipelineOptions { MaxInFlight = -1 });
        Assert.Throws<ArgumentException>(() => new PipelineOptions { HtmlField = "" });
        Assert.Equal(8, new PipelineOptions { Parallelism = 4 }.MaxInFlight);
    }
}
